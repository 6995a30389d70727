import asyncio


async def step(name, log):
    log.append(f"{name}:start")
    await asyncio.sleep(0)
    log.append(f"{name}:middle")
    await asyncio.sleep(0)
    log.append(f"{name}:end")
    return name


async def main():
    log = []
    first = asyncio.create_task(step("A", log))
    second = asyncio.create_task(step("B", log))
    log.append("main:before await")
    await step("M", log)
    log.append("main:after own step")
    print(await first, await second)
    for entry in log:
        print(entry)
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "soon")
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await fut, log[-1])


asyncio.run(main())
