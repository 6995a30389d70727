# asyncio.run creates the loop and Task-1
# Lesson: There is no loop until asyncio.run makes one; it runs main() as Task-1 to the end and returns its result.
# Watch: the Tasks pane is empty until asyncio.run starts; then Task-1's first step waits in the Ready queue.
import asyncio


async def main():
    task = asyncio.current_task()
    print("inside main, running as", task.get_name())
    await asyncio.sleep(0.5)
    print("main resumes after the loop's clock moved 0.5 s")
    return 42


try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print("before asyncio.run:", error)

result = asyncio.run(main())
print("asyncio.run returned", result)
