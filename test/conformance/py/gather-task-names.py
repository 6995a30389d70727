import asyncio


async def who(tag):
    await asyncio.sleep(0)
    task = asyncio.current_task()
    return f"{tag}:{task.get_name()}"


async def main():
    print(asyncio.current_task().get_name())
    print(await asyncio.gather(who("a"), who("b")))
    t = asyncio.create_task(who("c"), name="custom")
    print(await t)
    t2 = asyncio.create_task(who("d"))
    t2.set_name("renamed")
    print(await t2, len(asyncio.all_tasks()))
    results = await asyncio.gather(*[who(i) for i in range(3)])
    print(results)


asyncio.run(main())
