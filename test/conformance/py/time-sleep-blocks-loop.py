import asyncio
import time


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.01)


async def blocker():
    await asyncio.sleep(0)
    print("blocking start")
    time.sleep(0.1)
    print("blocking end")


async def main():
    start = time.monotonic()
    await asyncio.gather(ticker(), blocker())
    print("elapsed >= 0.1:", time.monotonic() - start >= 0.1)


asyncio.run(main())
