import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.025 * item)
        print(name, "processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in [6, 1, 2, 1]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("queue drained")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers stopped")


asyncio.run(main())
