import asyncio


async def leaf(name, n):
    for i in range(n):
        print(name, "leaf", i)
        await asyncio.sleep(0)
    return n


async def middle(name):
    a = await leaf(name, 2)
    b = await leaf(name + "'", 1)
    return a + b


async def top(name):
    total = await middle(name)
    print(name, "total", total)


async def main():
    await asyncio.gather(top("A"), top("B"))


asyncio.run(main())
