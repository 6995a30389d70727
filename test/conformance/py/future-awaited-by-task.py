import asyncio


async def waiter(fut):
    print("waiting for future")
    value = await fut
    print("future gave", value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    loop.call_later(0.01, fut.set_result, 99)
    await t
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
