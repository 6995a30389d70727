import asyncio


async def square(x):
    await asyncio.sleep(0.05 * x)
    print("squared", x)
    return x * x


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(i)) for i in (3, 1, 2)]
        print("created inside group")
    print("after group", [t.result() for t in tasks])


asyncio.run(main())
