import asyncio


async def important():
    await asyncio.sleep(0.1)
    print("important work finished")
    return 42


async def main():
    inner = asyncio.create_task(important())

    async def guarded():
        return await asyncio.shield(inner)

    outer = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print("inner result", await inner)


asyncio.run(main())
