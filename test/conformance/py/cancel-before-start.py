import asyncio


async def never():
    print("never printed")


async def main():
    t = asyncio.create_task(never())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before it ran")
    print(t.cancelled())
    print(t.cancel())


asyncio.run(main())
