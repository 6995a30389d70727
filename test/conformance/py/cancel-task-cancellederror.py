import asyncio


async def sleeper():
    try:
        print("sleeper waiting")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled, cleaning up")
        raise
    finally:
        print("sleeper finally")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel returned", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled?", t.cancelled(), "done?", t.done())


asyncio.run(main())
