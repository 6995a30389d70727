# create_task starts only when the creator yields
# Lesson: create_task only queues the task's first step; the task starts when the creating code awaits.
# Watch: the new task's step waits in the Ready queue while main keeps the Call Stack.
import asyncio


async def child():
    print("child starts")
    await asyncio.sleep(0.1)
    print("child ends")


async def main():
    task = asyncio.create_task(child())
    print("main created the task; the child has not started")
    print("main keeps running: no await yet")
    await asyncio.sleep(0)
    print("main is back after one yield")
    await task
    print("main done")


asyncio.run(main())
