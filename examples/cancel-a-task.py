# Cancelling a task
# Lesson: task.cancel() throws CancelledError into the task at its next step, so its except and finally blocks still run.
# Watch: after cancel(), the task's wake-up in the Ready queue delivers CancelledError instead of the sleep result.
import asyncio


async def worker():
    try:
        print("worker starts a 10 s job")
        await asyncio.sleep(10)
        print("never printed: the job was cancelled")
    except asyncio.CancelledError:
        print("worker got CancelledError")
        raise
    finally:
        print("worker cleans up")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    task.cancel()
    print("main asked for cancellation; the worker has not noticed yet")
    try:
        await task
    except asyncio.CancelledError:
        print("task.cancelled() is", task.cancelled())


asyncio.run(main())
