import asyncio


async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("generator cleanup")


async def main():
    gen = numbers()
    print(await gen.__anext__())
    print(await anext(gen))
    await gen.aclose()
    print("closed")
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after close")


asyncio.run(main())
