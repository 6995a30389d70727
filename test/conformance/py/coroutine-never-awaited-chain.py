import asyncio


async def level3():
    await asyncio.sleep(0)
    return 3


async def level2():
    return await level3() + 2


async def level1():
    return await level2() + 1


async def main():
    print(await level1())
    coro = level3()
    print(type(coro).__name__)
    print(await coro)


asyncio.run(main())
