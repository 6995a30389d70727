import asyncio


async def long_job(name):
    try:
        await asyncio.sleep(1)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def failing():
    await asyncio.sleep(0.02)
    raise ValueError("failure in group")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long_job("one"))
            tg.create_task(failing())
            tg.create_task(long_job("two"))
    except ExceptionGroup as eg:
        print("caught group:", eg, [str(e) for e in eg.exceptions])


asyncio.run(main())
