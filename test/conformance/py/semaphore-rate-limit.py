import asyncio

active = 0
peak = 0


async def download(sem, url, seconds):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        loop = asyncio.get_running_loop()
        print(f"{loop.time() - t0:2.0f}s start {url} (active={active})")
        await asyncio.sleep(seconds)
        active -= 1
        return len(url)


async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    sem = asyncio.Semaphore(2)
    urls = [f"site{i}.example" for i in range(5)]
    # Each download takes a different time: two equal sleeps would end together or apart in real
    # CPython depending on scheduling jitter, and with them whether site4 starts beside one or two.
    sizes = await asyncio.gather(*(download(sem, url, 1 + 0.2 * i) for i, url in enumerate(urls)))
    print("sizes:", sizes, "peak:", peak)
    print("elapsed:", round(asyncio.get_running_loop().time() - t0))


asyncio.run(main())
