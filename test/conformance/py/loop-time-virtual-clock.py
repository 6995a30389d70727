import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.1)
    print(round(loop.time() - start, 1))
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.2))
    print(round(loop.time() - start, 1))


asyncio.run(main())
