import asyncio


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name} done"
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(job(f"job{i}", i * 0.1), name=f"job{i}") for i in range(1, 5)]
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print("done:", sorted(t.result() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for task in pending:
        task.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print([t.cancelled() for t in tasks])
    print(all(t.done() for t in tasks))


asyncio.run(main())
