import asyncio


async def runner(name, start_signal, finish_times):
    print(f"{name} at the line")
    await start_signal.wait()
    loop = asyncio.get_running_loop()
    await asyncio.sleep(len(name) * 0.1)
    finish_times.append((name, loop.time() - t0 > 0.5))
    print(f"{name} finished")


async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    start_signal = asyncio.Event()
    finish_times = []
    tasks = [asyncio.create_task(runner(name, start_signal, finish_times)) for name in ["Bo", "Alexandra", "Kim", "Jo"]]
    await asyncio.sleep(0.1)
    print("is set?", start_signal.is_set())
    start_signal.set()
    await asyncio.gather(*tasks)
    for place, (name, late) in enumerate(finish_times, start=1):
        print(f"{place}. {name:<10}{'late' if late else 'early':>6}")
    start_signal.clear()
    print("cleared:", start_signal.is_set())


asyncio.run(main())
