import asyncio

active = 0


async def job(i, sem):
    global active
    async with sem:
        active += 1
        print(f"job {i} start, active={active}")
        await asyncio.sleep(0.04 * (i + 1))
        active -= 1
        print(f"job {i} end")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(i, sem) for i in range(5)))
    print("locked?", sem.locked())


asyncio.run(main())
