import asyncio
import time


def blocking(x):
    time.sleep(0.02)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, blocking, 21)
    print("executor result", result)
    r2 = await asyncio.to_thread(blocking, 5)
    print("to_thread result", r2)


asyncio.run(main())
