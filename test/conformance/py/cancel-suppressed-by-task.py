import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignoring cancellation")
    await asyncio.sleep(0.01)
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    result = await t
    print(result, t.cancelled())


asyncio.run(main())
