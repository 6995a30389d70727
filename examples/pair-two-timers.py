# Two timers (Python)
# Lesson: Timers fire in due-time order, not creation order, but asyncio.run stops when main returns, so main must wait.
# Watch: both handles wait in the Scheduled timers pane while main sleeps; the Clock jumps to 0.1 s, then 0.2 s.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, print, "B: set first, due at 200 ms")
    loop.call_later(0.1, print, "A: set second, due at 100 ms")
    print("both timers set; main must stay alive for them")
    await asyncio.sleep(0.3)


asyncio.run(main())
