import asyncio


async def value_after(delay, v):
    await asyncio.sleep(delay)
    return v


async def main():
    t = asyncio.create_task(value_after(0.01, "task value"))
    print(await asyncio.wait_for(t, 0.5))
    await asyncio.sleep(-1)
    print("negative sleep returns at once")
    try:
        await asyncio.wait_for(value_after(0.5, "late"), 0)
    except TimeoutError:
        print("zero timeout")


asyncio.run(main())
