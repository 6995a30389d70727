# as_completed yields in finishing order
# Lesson: as_completed hands back results as they finish, while gather returns them in the order you passed them.
# Watch: the three sleeps in the Scheduled timers pane; each one that fires lets the for loop take one more turn.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    jobs = [fetch("slow", 0.3), fetch("fast", 0.1), fetch("medium", 0.2)]
    for next_done in asyncio.as_completed(jobs):
        print("as_completed:", await next_done)

    jobs = [fetch("slow", 0.3), fetch("fast", 0.1), fetch("medium", 0.2)]
    print("gather:", await asyncio.gather(*jobs))


asyncio.run(main())
