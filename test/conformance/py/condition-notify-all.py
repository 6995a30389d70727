import asyncio


async def waiter(name, cond):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "notified")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)


asyncio.run(main())
