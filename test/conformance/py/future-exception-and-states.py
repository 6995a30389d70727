import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_exception(ValueError("inside future"))
    print(fut.done(), repr(fut.exception()))
    try:
        await fut
    except ValueError as e:
        print("await raised", e)
    f2 = loop.create_future()
    f2.cancel()
    print(f2.cancelled())
    f3 = loop.create_future()
    f3.add_done_callback(lambda f: print("removed callback"))
    print(f3.remove_done_callback(print))
    f3.set_result(None)
    await asyncio.sleep(0)


asyncio.run(main())
