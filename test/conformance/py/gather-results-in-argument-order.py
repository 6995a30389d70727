import asyncio


async def compute(name, delay, value):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return value


async def main():
    results = await asyncio.gather(
        compute("slow", 0.2, 1),
        compute("fast", 0.05, 2),
        compute("mid", 0.1, 3),
    )
    print(results)


asyncio.run(main())
