import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            cm.reschedule(loop.time() + 0.15)
            await asyncio.sleep(0.04)
            print("survived thanks to reschedule")
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired", cm.expired())


asyncio.run(main())
