# time.sleep blocks the loop
# Lesson: time.sleep freezes the whole loop, so a timer due in 0.1 s waits until the blocking call returns.
# Watch: the Clock jumps 1 s while main holds the Call Stack, and the ticker's timer in the Scheduled timers pane goes overdue.
import asyncio
import time


async def ticker(start):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    print(f"ticker asked for 0.1 s but woke after {round(loop.time() - start)} s")


async def main():
    start = asyncio.get_running_loop().time()
    task = asyncio.create_task(ticker(start))
    await asyncio.sleep(0)
    print("main blocks with time.sleep(1)")
    time.sleep(1)
    print("main unblocks")
    await task


asyncio.run(main())
