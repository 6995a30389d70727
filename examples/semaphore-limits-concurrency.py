# A Semaphore limits concurrency
# Lesson: A Semaphore(2) lets only two tasks in at once; the others wait until one leaves.
# Watch: two jobs sleep in the Scheduled timers pane while the other two wait; C takes A's place the moment A leaves, and D takes B's.
import asyncio


async def job(name, gate, start, seconds):
    loop = asyncio.get_running_loop()
    async with gate:
        print(f"{name} starts at {loop.time() - start:.1f} s")
        await asyncio.sleep(seconds)
    print(f"{name} ends at {loop.time() - start:.1f} s")


async def main():
    gate = asyncio.Semaphore(2)
    start = asyncio.get_running_loop().time()
    await asyncio.gather(job("A", gate, start, 1), job("B", gate, start, 1.5), job("C", gate, start, 1), job("D", gate, start, 1))


asyncio.run(main())
