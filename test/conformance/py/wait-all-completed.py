import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name


async def main():
    tasks = [asyncio.create_task(job(f"j{i}", 0.06 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print([t.result() for t in tasks])


asyncio.run(main())
