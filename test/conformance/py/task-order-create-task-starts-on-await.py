import asyncio


async def child(name):
    print(f"{name} start")
    await asyncio.sleep(0)
    print(f"{name} end")


async def main():
    t1 = asyncio.create_task(child("a"))
    t2 = asyncio.create_task(child("b"))
    print("main created tasks")
    print("t1 done?", t1.done())
    await asyncio.sleep(0)
    print("main after first sleep0")
    await t1
    await t2
    print("main done", t1.done(), t2.done())


asyncio.run(main())
