import asyncio
import time


def blocking_io(name, seconds):
    time.sleep(seconds)
    return f"{name} slept {seconds}"


async def heartbeat(stop):
    beats = 0
    while not stop.is_set():
        await asyncio.sleep(0.1)
        beats += 1
    return beats


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    beat_task = asyncio.create_task(heartbeat(stop))
    start = loop.time()
    results = await asyncio.gather(asyncio.to_thread(blocking_io, "a", 0.32), loop.run_in_executor(None, blocking_io, "b", 0.25))
    stop.set()
    print(results)
    beats = await beat_task
    print("heartbeat kept going:", beats >= 3)
    print("the two workers overlapped:", 0.32 <= loop.time() - start < 0.57)
    start = loop.time()
    time.sleep(0.2)
    print("time.sleep blocked the loop:", loop.time() - start >= 0.2)


asyncio.run(main())
