import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    try:
        for fut in asyncio.as_completed([job("quick", 0.01), job("slow", 0.5)], timeout=0.1):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
