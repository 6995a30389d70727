import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print(f"{name} took {item}")


async def producer(cond, items):
    for n in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(f"item{n}")
            print(f"produced item{n}")
            cond.notify()


async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await producer(cond, items)
    await asyncio.gather(*consumers)
    print("left:", items, "locked:", cond.locked())


asyncio.run(main())
