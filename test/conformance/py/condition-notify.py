import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        print(name, "took", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0)
    for value in ("x", "y", "z"):
        async with cond:
            items.append(value)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print("left", items)


asyncio.run(main())
