import asyncio


async def inner():
    await asyncio.sleep(0)
    raise ValueError("something went wrong")


async def main():
    print("before")
    await inner()
    print("not reached")


asyncio.run(main())
