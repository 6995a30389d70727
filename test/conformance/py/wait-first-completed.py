import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("slow", 0.25), ("fast", 0.01), ("mid", 0.15)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
