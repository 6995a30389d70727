import asyncio


async def quick(x):
    await asyncio.sleep(0.01)
    return x + 1


async def main():
    r = await asyncio.wait_for(quick(41), timeout=1)
    print("result", r)
    r2 = await asyncio.wait_for(quick(1), timeout=None)
    print("result2", r2)


asyncio.run(main())
