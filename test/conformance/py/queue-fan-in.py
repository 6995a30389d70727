import asyncio


async def sensor(name, queue, readings, delay):
    for value in readings:
        await asyncio.sleep(delay)
        await queue.put((name, value))
    await queue.put((name, None))


async def collector(queue, sensors):
    finished = set()
    totals = {}
    while len(finished) < sensors:
        name, value = await queue.get()
        if value is None:
            finished.add(name)
            print(f"{name} finished")
            continue
        totals[name] = totals.get(name, 0) + value
        print(f"{name}: {value:>3} (running total {totals[name]})")
    return totals


async def main():
    queue = asyncio.Queue(maxsize=2)
    sensors = [
        asyncio.create_task(sensor("temp", queue, [20, 21, 19], 0.1)),
        asyncio.create_task(sensor("wind", queue, [5, 7], 0.13)),
    ]
    totals = await collector(queue, len(sensors))
    await asyncio.gather(*sensors)
    print(dict(sorted(totals.items())), queue.qsize(), queue.maxsize)


asyncio.run(main())
