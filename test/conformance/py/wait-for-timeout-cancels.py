import asyncio


async def slow():
    try:
        print("slow start")
        await asyncio.sleep(1)
        print("slow end (never)")
    except asyncio.CancelledError:
        print("slow got cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    except TimeoutError:
        print("timed out builtin")
    print("main continues")


asyncio.run(main())
