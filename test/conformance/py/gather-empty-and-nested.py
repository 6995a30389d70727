import asyncio


async def leaf(x):
    await asyncio.sleep(0)
    return x


async def main():
    print(await asyncio.gather())
    inner = asyncio.gather(leaf(1), leaf(2))
    outer = await asyncio.gather(inner, leaf(3))
    print(outer)


asyncio.run(main())
