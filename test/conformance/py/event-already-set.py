import asyncio


async def main():
    ev = asyncio.Event()
    ev.set()
    r = await ev.wait()
    print("returned", r)


asyncio.run(main())
