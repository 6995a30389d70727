import asyncio

active = 0
peak = 0


async def download(sem, url):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        loop = asyncio.get_running_loop()
        print(f"{loop.time() - t0:2.0f}s start {url} (active={active})")
        await asyncio.sleep(1)
        active -= 1
        return len(url)


async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    sem = asyncio.Semaphore(2)
    urls = [f"site{i}.example" for i in range(5)]
    sizes = await asyncio.gather(*(download(sem, url) for url in urls))
    print("sizes:", sizes, "peak:", peak)
    print("elapsed:", round(asyncio.get_running_loop().time() - t0))


asyncio.run(main())
