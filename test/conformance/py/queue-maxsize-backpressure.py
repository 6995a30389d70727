import asyncio


async def producer(q):
    for i in range(5):
        print("putting", i, "qsize", q.qsize())
        await q.put(i)
    print("producer done")


async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0)
        item = await q.get()
        print("consumed", item, "full?", q.full())


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
