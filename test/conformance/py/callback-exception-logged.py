import asyncio


def broken():
    print("callback runs")
    raise ZeroDivisionError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0.01)
    print("loop survived")


asyncio.run(main())
