import asyncio
import time


def slow_io(name):
    time.sleep(0.1)
    return name.upper()


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.02)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, slow_io, "io")
    await ticker()
    print("executor says", await fut)


asyncio.run(main())
