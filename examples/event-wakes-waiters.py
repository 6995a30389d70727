# An Event wakes every waiter
# Lesson: Tasks blocked on event.wait() all resume, in the order they waited, once someone calls event.set().
# Watch: both waiters sit blocked in the Tasks pane until set() puts their wake-ups in the Ready queue.
import asyncio


async def waiter(name, event):
    print(name, "waits for the event")
    await event.wait()
    print(name, "wakes up")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(name, event)) for name in ("A", "B")]
    await asyncio.sleep(0.5)
    print("main sets the event")
    event.set()
    print("set() returned; nobody has woken yet")
    await asyncio.gather(*tasks)


asyncio.run(main())
