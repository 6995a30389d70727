import asyncio


async def worker(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} broke")
    print(f"{name} finished")
    return name


async def main():
    slow = asyncio.create_task(worker("slow", 0.3))
    try:
        await asyncio.gather(worker("fast", 0.1), worker("broken", 0.2, fail=True), slow)
    except ValueError as error:
        print("gather raised:", error)
    print("slow cancelled?", slow.cancelled(), "done?", slow.done())
    await asyncio.sleep(0.2)
    print("slow result:", slow.result())
    done, pending = await asyncio.wait(
        [asyncio.create_task(worker("w1", 0.1, fail=True)), asyncio.create_task(worker("w2", 0.3))],
        return_when=asyncio.FIRST_EXCEPTION,
    )
    print(len(done), len(pending), [type(t.exception()).__name__ for t in done])
    for task in pending:
        await task


asyncio.run(main())
