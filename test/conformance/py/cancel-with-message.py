import asyncio


async def work():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(work())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("args:", e.args)


asyncio.run(main())
