import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.1, print, "call_later 100ms")
    loop.call_later(0.05, print, "call_later 50ms")
    loop.call_soon(print, "call_soon first")
    loop.call_later(0, print, "call_later 0")
    loop.call_soon(print, "call_soon second")
    loop.call_later(0.15, done.set_result, None)
    print("main scheduled everything")
    await done
    print("main done")


asyncio.run(main())
