import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def main():
    async for value in ticker(3, 0.01):
        print("tick", value)
    squares = [v * v async for v in ticker(4, 0)]
    print(squares)


asyncio.run(main())
