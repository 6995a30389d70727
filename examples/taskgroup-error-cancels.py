# TaskGroup: one error cancels the rest
# Lesson: When one task in a TaskGroup fails, its siblings are cancelled and the errors come out as an ExceptionGroup.
# Watch: the failing task's exception, then CancelledError steps in the sibling still waiting in the Scheduled timers pane.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(job("fast", 0.1))
            group.create_task(job("broken", 0.2, fail=True))
            group.create_task(job("slow", 1))
    except ExceptionGroup as errors:
        print("TaskGroup raised:", [str(error) for error in errors.exceptions])


asyncio.run(main())
