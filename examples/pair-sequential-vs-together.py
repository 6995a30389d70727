# Sequential awaits vs together (Python)
# Lesson: Awaiting one sleep after another adds their times; gather runs them at once and takes the longest.
# Watch: the Clock: 3 s for the sequential awaits, 2 s for gather, with both sleeps in the Scheduled timers pane at once.
import asyncio


async def fetch_value(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await fetch_value("a", 1)
    await fetch_value("b", 2)
    print(f"one after another: {round(loop.time() - start)} s")

    start = loop.time()
    values = await asyncio.gather(fetch_value("a", 1), fetch_value("b", 2))
    print(f"together: {round(loop.time() - start)} s", values)


asyncio.run(main())
