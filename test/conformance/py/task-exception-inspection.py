import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise KeyError("missing")


async def succeeds():
    await asyncio.sleep(0.02)
    return "fine"


async def main():
    bad = asyncio.create_task(fails())
    good = asyncio.create_task(succeeds())
    await asyncio.wait([bad, good])
    print("bad exception:", repr(bad.exception()))
    print("good exception:", good.exception(), "result:", good.result())
    try:
        bad.result()
    except KeyError as error:
        print("result() re-raises:", repr(error))
    pending = asyncio.create_task(succeeds())
    try:
        pending.result()
    except asyncio.InvalidStateError as error:
        print("InvalidStateError:", error)
    pending.cancel()
    await asyncio.sleep(0)
    try:
        pending.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled task raises CancelledError")
    print(bad.done(), good.done(), pending.done(), pending.cancelled())


asyncio.run(main())
