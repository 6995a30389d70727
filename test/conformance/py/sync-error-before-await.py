import asyncio


async def main():
    print("one")
    print("two")
    items = [1, 2, 3]
    print(items[3])
    await asyncio.sleep(0)


asyncio.run(main())
