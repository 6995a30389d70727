import asyncio


async def job():
    await asyncio.sleep(0)
    return "job result"


async def main():
    coro = job()
    print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(job))
    fut = asyncio.ensure_future(coro)
    print(isinstance(fut, asyncio.Task), isinstance(fut, asyncio.Future))
    print(await fut)
    print(asyncio.isfuture(fut))


asyncio.run(main())
