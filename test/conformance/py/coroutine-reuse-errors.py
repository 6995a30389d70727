import asyncio


async def compute():
    await asyncio.sleep(0)
    return 7


async def main():
    coro = compute()
    print(await coro)
    try:
        await coro
    except RuntimeError as error:
        print("RuntimeError:", error)
    queue = asyncio.Queue()
    queue.put_nowait(1)
    queue.get_nowait()
    queue.task_done()
    try:
        queue.task_done()
    except ValueError as error:
        print("ValueError:", error)
    sem = asyncio.Semaphore(1)
    sem.release()
    print("semaphore value after extra release:", sem._value, sem.locked())
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as error:
        print("RuntimeError:", error)
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as error:
        print("InvalidStateError:", error)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as error:
        print("InvalidStateError:", error)


asyncio.run(main())
print(asyncio.run(compute()), asyncio.run(compute()))
