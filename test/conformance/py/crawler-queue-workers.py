import asyncio

LINKS = {1: [2, 3], 2: [4, 5], 3: [5, 6], 4: [1], 5: [7], 6: [], 7: [2]}


async def fetch(page):
    for _ in range(page % 3 + 1):
        await asyncio.sleep(0)
    return LINKS[page]


async def worker(name, queue, seen, order):
    while True:
        page = await queue.get()
        try:
            links = await fetch(page)
            order.append((name, page))
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    seen = {1}
    order = []
    queue.put_nowait(1)
    workers = [asyncio.create_task(worker(f"w{i}", queue, seen, order)) for i in range(3)]
    await queue.join()
    for task in workers:
        task.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print(order)
    print(sorted(seen), [type(r).__name__ for r in results])


asyncio.run(main())
