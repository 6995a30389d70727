import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n * n


def report(task):
    print(f"callback: {task.get_name()} -> {task.result()}")


async def main():
    tasks = []
    for n in [3, 1, 2]:
        task = asyncio.create_task(job(n), name=f"job{n}")
        task.add_done_callback(report)
        tasks.append(task)
    tasks[0].add_done_callback(lambda t: print("second callback on", t.get_name()))
    removed = tasks[2].remove_done_callback(report)
    print("removed", removed)
    results = await asyncio.gather(*tasks)
    print("results", results)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
