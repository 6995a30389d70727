import asyncio


async def ok(x):
    await asyncio.sleep(0.01)
    return x * 10


async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    results = await asyncio.gather(ok(1), bad("boom"), ok(3), return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))


asyncio.run(main())
