import asyncio


async def numbers(limit):
    try:
        for n in range(limit):
            await asyncio.sleep(0.01)
            yield n
    finally:
        print("numbers: closed")


async def only_even(source):
    async for n in source:
        if n % 2 == 0:
            yield n


async def squared(source):
    async for n in source:
        yield n * n


async def main():
    results = []
    async for value in squared(only_even(numbers(10))):
        results.append(value)
        print("got", value)
    print(results)
    gen = numbers(100)
    first = await gen.__anext__()
    second = await anext(gen)
    print("first two:", first, second)
    await gen.aclose()
    print([x async for x in only_even(numbers(5))])


asyncio.run(main())
