import asyncio


async def child():
    print("child starts")
    await asyncio.sleep(0.01)
    return {}["missing"]


async def main():
    t = asyncio.create_task(child())
    print("main waits")
    await t


asyncio.run(main())
