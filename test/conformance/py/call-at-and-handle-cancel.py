import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_at(loop.time() + 0.01, print, "call_at fired")
    h2 = loop.call_later(0.02, print, "should not fire")
    h3 = loop.call_soon(print, "soon cancelled")
    h2.cancel()
    h3.cancel()
    print(h2.cancelled(), h1.cancelled())
    await asyncio.sleep(0.1)
    print("end")


asyncio.run(main())
