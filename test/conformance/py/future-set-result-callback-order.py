import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    fut.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    loop.call_soon(print, "call_soon before set_result")
    fut.set_result("value")
    print("set_result returned; done =", fut.done())
    loop.call_soon(print, "call_soon after set_result")
    await asyncio.sleep(0)
    print("after sleep0")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
