import asyncio


async def slow(label, seconds):
    try:
        await asyncio.sleep(seconds)
        return label
    except asyncio.CancelledError:
        print(f"{label} cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await slow("inner work", 1)
            except TimeoutError:
                print("inner timed out; expired:", inner.expired())
            print("outer still has time:", outer.expired())
            await slow("outer work", 1)
    except TimeoutError:
        print("outer timed out; expired:", outer.expired())

    async with asyncio.timeout(None) as unlimited:
        print("deadline:", unlimited.when())
        loop = asyncio.get_running_loop()
        unlimited.reschedule(loop.time() + 0.05)
        try:
            await slow("rescheduled", 1)
        except asyncio.CancelledError:
            print("never printed")
    print("done")


try:
    asyncio.run(main())
except TimeoutError:
    print("the rescheduled timeout escaped asyncio.run")
