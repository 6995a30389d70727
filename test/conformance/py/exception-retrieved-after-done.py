import asyncio


async def failing():
    raise OSError("disk on fire")


async def main():
    t = asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    try:
        await t
    except OSError as e:
        print("caught later:", e)
    try:
        await t
    except OSError:
        print("awaiting twice raises again")


asyncio.run(main())
