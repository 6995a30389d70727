import asyncio


async def job(n):
    print("job", n, "running")
    await asyncio.sleep(0)
    print("job", n, "done")


async def main():
    loop = asyncio.get_running_loop()
    tasks = []
    loop.call_soon(lambda: tasks.append(asyncio.ensure_future(job(1))))
    loop.call_later(0.01, lambda: tasks.append(loop.create_task(job(2))))
    await asyncio.sleep(0.1)
    print(len(tasks), [t.done() for t in tasks])


asyncio.run(main())
