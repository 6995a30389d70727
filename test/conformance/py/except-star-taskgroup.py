import asyncio


async def fetch(name, delay, fail=None, ready=None):
    await asyncio.sleep(delay)
    if ready is not None:
        # Both failing tasks wake in the same loop iteration, before the group can cancel either.
        await ready.wait()
    if fail is not None:
        raise fail(f"{name} failed")
    print(f"{name} ok")
    if name == "a":
        go.set()
    return name


async def main():
    global go
    go = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a", 0.1))
            tg.create_task(fetch("b", 0, ValueError, go))
            tg.create_task(fetch("c", 0, KeyError, go))
            tg.create_task(fetch("d", 0.5))
    except* ValueError as group:
        print("value errors:", [str(e) for e in group.exceptions])
    except* KeyError as group:
        print("key errors:", [repr(e) for e in group.exceptions])
    print("after the group")

    try:
        raise ExceptionGroup("batch", [TypeError("t1"), ValueError("v1"), TypeError("t2")])
    except* TypeError as eg:
        print("types:", len(eg.exceptions), eg.message)
    except* ValueError as eg:
        print("values:", eg.exceptions)


asyncio.run(main())
