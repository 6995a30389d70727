import asyncio


async def forever():
    print("forever start")
    await asyncio.sleep(10)


async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("main returns while a task is pending")


asyncio.run(main())
print("after run")
