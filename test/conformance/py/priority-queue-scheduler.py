import asyncio


async def scheduler(queue, log):
    while True:
        priority, order, job = await queue.get()
        if job is None:
            queue.task_done()
            break
        await asyncio.sleep(0.01 * priority)
        log.append(f"p{priority}:{job}")
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    log = []
    jobs = [(3, "backup"), (1, "page on-call"), (2, "send email"), (1, "restart"), (5, "cleanup")]
    for order, (priority, job) in enumerate(jobs):
        queue.put_nowait((priority, order, job))
    queue.put_nowait((99, 99, None))
    worker = asyncio.create_task(scheduler(queue, log))
    await queue.join()
    await worker
    print("\n".join(log))
    lifo = asyncio.LifoQueue(maxsize=2)
    await lifo.put("a")
    await lifo.put("b")
    print(lifo.full(), lifo.get_nowait(), lifo.get_nowait(), lifo.empty())
    try:
        lifo.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")


asyncio.run(main())
