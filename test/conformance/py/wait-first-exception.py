import asyncio


async def good(delay):
    await asyncio.sleep(delay)
    return delay


async def bad(delay):
    await asyncio.sleep(delay)
    raise RuntimeError("bad one")


async def main():
    tasks = [asyncio.create_task(good(0.1)), asyncio.create_task(bad(0.02)), asyncio.create_task(good(0.01))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done", len(done), "pending", len(pending))
    for t in tasks:
        if t.done():
            print("exc:", t.exception())
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cleanup", [t.cancelled() for t in tasks])


asyncio.run(main())
