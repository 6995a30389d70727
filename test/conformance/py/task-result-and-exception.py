import asyncio


async def ok():
    return "fine"


async def bad():
    raise LookupError("nope")


async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0)
    print(t1.result(), repr(t2.exception()))
    t3 = asyncio.create_task(ok())
    t3.add_done_callback(lambda t: print("done callback:", t.result()))
    await t3
    await asyncio.sleep(0)


asyncio.run(main())
