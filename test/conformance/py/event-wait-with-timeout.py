import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.02)
    except TimeoutError:
        print("event not set in time")
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print(await asyncio.wait_for(ev.wait(), timeout=0.2))


asyncio.run(main())
