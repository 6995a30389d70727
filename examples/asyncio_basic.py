import asyncio
async def task():
    print("Start")
    await asyncio.sleep(1)
    print("End")
asyncio.run(task())
