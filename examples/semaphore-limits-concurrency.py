# A Semaphore limits concurrency
# Lesson: A Semaphore(2) lets only two tasks in at once; the others wait until one leaves.
# Watch: two jobs sleep in the Scheduled timers pane while the other two wait; the Clock shows two waves of 1 s.
import asyncio


async def job(name, gate, start):
    loop = asyncio.get_running_loop()
    async with gate:
        print(f"{name} starts at {round(loop.time() - start)} s")
        await asyncio.sleep(1)
    print(f"{name} ends at {round(loop.time() - start)} s")


async def main():
    gate = asyncio.Semaphore(2)
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*(job(name, gate, start) for name in "ABCD"))


asyncio.run(main())
