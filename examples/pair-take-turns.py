# Taking turns with await (Python)
# Lesson: await asyncio.sleep(0) hands control back to the loop, so two tasks interleave one step at a time.
# Watch: A's and B's steps alternate through the Ready queue, one per sleep(0).
import asyncio


async def worker(name):
    for step in range(1, 4):
        print(f"{name} step {step}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    await asyncio.gather(worker("A"), worker("B"))


asyncio.run(main())
