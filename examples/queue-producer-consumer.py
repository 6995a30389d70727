# Producer and consumer share a Queue
# Lesson: queue.get() waits while the queue is empty and queue.put() waits while it is full, so a fast producer paces itself to a slow consumer.
# Watch: the producer and consumer tasks take turns blocking in the Tasks pane as the queue fills and empties.
import asyncio


async def producer(queue):
    for item in range(1, 4):
        await queue.put(item)
        print("put", item)
    await queue.put(None)


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            break
        print("  got", item)
        await asyncio.sleep(0.1)


async def main():
    queue = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
