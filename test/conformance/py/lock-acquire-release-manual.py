import asyncio


async def main():
    lock = asyncio.Lock()
    print(await lock.acquire())
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
