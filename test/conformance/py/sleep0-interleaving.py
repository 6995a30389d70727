import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "finished")


async def main():
    await asyncio.gather(worker("A", 3), worker("B", 2), worker("C", 4))
    print("all done")


asyncio.run(main())
