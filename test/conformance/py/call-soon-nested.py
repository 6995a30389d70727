import asyncio


def cb(loop, name, depth):
    print("callback", name, depth)
    if depth < 2:
        loop.call_soon(cb, loop, name, depth + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, loop, "a", 0)
    loop.call_soon(cb, loop, "b", 0)
    for i in range(4):
        print("main tick", i)
        await asyncio.sleep(0)


asyncio.run(main())
