import asyncio


async def critical(name, lock):
    print(name, "wants lock")
    async with lock:
        print(name, "has lock")
        await asyncio.sleep(0.01)
        print(name, "releasing")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(critical(f"t{i}", lock) for i in range(4)))
    print("locked at end?", lock.locked())


asyncio.run(main())
