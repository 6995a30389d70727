# Offload CPU work with run_in_executor
# Lesson: run_in_executor runs a blocking function in a worker thread, so the loop keeps serving other tasks.
# Watch: main waits on the executor future while the heartbeat task keeps taking steps in the Ready queue.
import asyncio


def crunch(n):
    return sum(i * i for i in range(n))


async def heartbeat():
    for beat in range(3):
        print("heartbeat", beat)
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    beats = asyncio.create_task(heartbeat())
    total = await loop.run_in_executor(None, crunch, 10000)
    print("crunch result", total)
    await beats


asyncio.run(main())
