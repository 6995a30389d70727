import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [job("third", 0.25), job("first", 0.05), job("second", 0.15)]
    for fut in asyncio.as_completed(coros):
        name = await fut
        print("completed:", name)


asyncio.run(main())
