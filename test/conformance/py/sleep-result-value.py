import asyncio


async def main():
    v = await asyncio.sleep(0.01, result="slept")
    print(v)
    print(await asyncio.sleep(0))


asyncio.run(main())
