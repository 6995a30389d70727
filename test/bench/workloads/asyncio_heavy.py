import asyncio

async def spinner(n):
    for _ in range(100):
        await asyncio.sleep(0)
    return n

async def sleeper(i):
    await asyncio.sleep(0.001 * (i + 1))
    return i

async def main():
    spun = await asyncio.gather(*(spinner(n) for n in range(100)))
    slept = await asyncio.gather(*(sleeper(i) for i in range(2000)))
    print(sum(spun), sum(slept))

asyncio.run(main())
