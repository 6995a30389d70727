import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.25)]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(len(done), len(pending))
    print([t.result() for t in done])
    for t in pending:
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print("pending task cancelled")


asyncio.run(main())
