import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    print(q.empty(), q.qsize(), q.maxsize)


asyncio.run(main())
