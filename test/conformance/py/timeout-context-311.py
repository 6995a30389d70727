import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05):
            print("inside timeout block")
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("TimeoutError caught")
    async with asyncio.timeout(1):
        await asyncio.sleep(0.01)
        print("finished within the deadline")
    async with asyncio.timeout(None) as cm:
        print("deadline", cm.when())
        await asyncio.sleep(0)
    print("end")


asyncio.run(main())
