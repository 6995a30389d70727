import asyncio


async def fails():
    raise RuntimeError("nobody awaits me")


async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("main finished")


asyncio.run(main())
print("after run")
