import asyncio


async def child():
    t = asyncio.current_task()
    print("child running as", t.get_name())
    await asyncio.sleep(0)


async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(child())
    t2 = asyncio.create_task(child(), name="custom")
    print(len(asyncio.all_tasks()))
    await asyncio.gather(t1, t2)
    t1.set_name("renamed")
    print(t1.get_name(), t2.get_name())
    print(len(asyncio.all_tasks()))


asyncio.run(main())
