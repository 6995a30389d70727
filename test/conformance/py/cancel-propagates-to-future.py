import asyncio


async def waiter(fut):
    try:
        return await fut
    except asyncio.CancelledError:
        print("waiter saw the cancellation")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0)
    print("future cancelled?", fut.cancelled(), "task done?", task.done())
    await asyncio.sleep(0)
    print("task cancelled?", task.cancelled())
    fut2 = loop.create_future()
    fut2.cancel(msg="stop")
    try:
        await fut2
    except asyncio.CancelledError as error:
        print("awaiting a cancelled future:", error.args)
    try:
        await asyncio.wait_for(loop.create_future(), 0)
    except TimeoutError:
        print("wait_for with 0 timed out")
    try:
        async with asyncio.timeout_at(loop.time() + 0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")


asyncio.run(main())
