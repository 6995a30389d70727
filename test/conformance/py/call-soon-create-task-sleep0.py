import asyncio


async def child(n):
    print(f"child {n} start")
    await asyncio.sleep(0)
    print(f"child {n} end")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "call_soon 1")
    t = asyncio.create_task(child(1))
    loop.call_soon(print, "call_soon 2")
    print("main before await")
    await asyncio.sleep(0)
    print("main after sleep0")
    await t


asyncio.run(main())
