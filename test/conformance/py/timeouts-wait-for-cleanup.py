import asyncio


async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn cleanup starts")
        await asyncio.sleep(0.05)
        log.append("stubborn cleanup ends")
        raise


async def main():
    log = []
    try:
        await asyncio.wait_for(stubborn(log), timeout=0.1)
    except TimeoutError as error:
        log.append(f"wait_for raised {type(error).__name__}")
    print(log)
    task = asyncio.create_task(asyncio.sleep(5, result="late"))
    try:
        async with asyncio.timeout(0.05):
            await asyncio.shield(task)
    except TimeoutError:
        print("timed out, but the shielded task goes on:", task.cancelled(), task.done())
    task.cancel()
    results = await asyncio.gather(task, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
