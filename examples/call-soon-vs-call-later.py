# call_soon vs call_later
# Lesson: call_soon queues a callback for the next loop iteration; call_later waits in the timer heap, even with a 0 s delay.
# Watch: call_soon handles go straight to the Ready queue; call_later handles wait in the Scheduled timers pane until due.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, print, "call_later 0.2 s")
    loop.call_later(0, print, "call_later 0 s: via the timer heap")
    loop.call_later(0.1, print, "call_later 0.1 s")
    loop.call_soon(print, "call_soon 1")
    loop.call_soon(print, "call_soon 2")
    print("main runs on; nothing has been called yet")
    await asyncio.sleep(0.3)
    print("main done")


asyncio.run(main())
