import asyncio

state = {"runs": 0}


async def session(n):
    state["runs"] += 1
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    await asyncio.sleep(0.01)
    return f"run {n}: {task.get_name()}, tasks alive {len(asyncio.all_tasks(loop))}"


for n in range(3):
    print(asyncio.run(session(n)))
print(state)
try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print("RuntimeError:", error)


async def outer():
    coro = session(99)
    try:
        asyncio.run(coro)
    except RuntimeError as error:
        print("nested run:", error)
        coro.close()
    return await session(100)


print(asyncio.run(outer()))
