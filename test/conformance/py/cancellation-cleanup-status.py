import asyncio


async def worker(log):
    log.append("start")
    try:
        while True:
            await asyncio.sleep(0.1)
            log.append("tick")
    except asyncio.CancelledError:
        log.append("cleanup")
        await asyncio.sleep(0.05)
        log.append("cleaned")
        raise
    finally:
        log.append("finally")


async def main():
    log = []
    task = asyncio.create_task(worker(log))
    await asyncio.sleep(0.35)
    print("cancel() returned", task.cancel("shutting down"))
    print("cancelling:", task.cancelling())
    try:
        await task
    except asyncio.CancelledError as error:
        print("caught:", error.args)
    print(log)
    print("cancelled:", task.cancelled(), "done:", task.done())
    print("cancel again:", task.cancel())


asyncio.run(main())
