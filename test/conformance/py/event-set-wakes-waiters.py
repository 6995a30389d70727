import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke up")


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    print("setting event", ev.is_set())
    ev.set()
    print("event set", ev.is_set())
    await asyncio.gather(*tasks)
    ev.clear()
    print("cleared", ev.is_set())


asyncio.run(main())
