# wait_for and timeout cancel slow work
# Lesson: When the time limit passes, the awaited task is cancelled and the caller gets TimeoutError.
# Watch: the limit's timer in the Scheduled timers pane fires first and sends CancelledError into the slow coroutine.
import asyncio


async def slow(name):
    try:
        await asyncio.sleep(2)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for(slow("first"), timeout=0.5)
    except asyncio.TimeoutError:
        print("wait_for gave up after 0.5 s")
    try:
        async with asyncio.timeout(0.5):
            await slow("second")
    except asyncio.TimeoutError:
        print("asyncio.timeout gave up after 0.5 s")


asyncio.run(main())
