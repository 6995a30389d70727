import asyncio


class Ticker:
    def __init__(self, count, delay):
        self.count = count
        self.delay = delay

    def __aiter__(self):
        self.current = 0
        return self

    async def __anext__(self):
        if self.current >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current += 1
        return self.current


async def countdown(n):
    while n:
        yield n
        n -= 1
        await asyncio.sleep(0)


async def main():
    async for tick in Ticker(3, 0.01):
        print("tick", tick)
    print([n async for n in countdown(4)])
    print({n: n * n async for n in countdown(3) if n % 2})
    merged = []

    async def drain(name, source):
        async for value in source:
            merged.append(f"{name}{value}")

    await asyncio.gather(drain("a", countdown(3)), drain("t", Ticker(2, 0)))
    print(merged)
    agen = countdown(2)
    print(await agen.asend(None), await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted")


asyncio.run(main())
