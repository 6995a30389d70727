import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(name, "done")
    return name


async def bad():
    await asyncio.sleep(0.01)
    raise KeyError("missing")


async def main():
    try:
        await asyncio.gather(ok("a", 0.15), bad(), ok("b", 0.08))
    except KeyError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.2)
    print("main end")


asyncio.run(main())
