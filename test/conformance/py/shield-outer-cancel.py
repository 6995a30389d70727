import asyncio


async def important(log):
    await asyncio.sleep(0.2)
    log.append("important finished")
    return 42


async def main():
    log = []
    inner = asyncio.create_task(important(log))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0.05)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer cancelled")
    print("inner cancelled?", inner.cancelled(), "done?", inner.done())
    print("result:", await inner)
    try:
        await asyncio.wait_for(asyncio.shield(important(log)), timeout=0.05)
    except TimeoutError:
        log.append("wait_for timed out")
    await asyncio.sleep(0.3)
    print(log)


asyncio.run(main())
