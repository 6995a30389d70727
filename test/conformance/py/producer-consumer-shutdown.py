import asyncio

SENTINEL = object()


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print(f"produced {i} (size {queue.qsize()})")
        await asyncio.sleep(0.01)
    await queue.put(SENTINEL)


async def consumer(name, queue, results):
    while True:
        item = await queue.get()
        if item is SENTINEL:
            await queue.put(SENTINEL)
            queue.task_done()
            print(f"{name} stops")
            return
        await asyncio.sleep(0)
        results.append((name, item))
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, results)) for i in range(2)]
    await producer(queue, 6)
    await asyncio.gather(*consumers)
    print(sorted(item for _, item in results), len(results), queue.qsize())


asyncio.run(main())
