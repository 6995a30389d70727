import {describe, expect, it} from 'vitest';
import {hasPython, runCPython, runSimulated} from './run-python.js';

/** asyncio programs through the Python-facing bindings; each is compared with the real python3. */
const programs: Record<string, string> = {
	'tasks, sleep(0) and call_soon interleave as in CPython': `
import asyncio
async def child(n):
    print("child", n, "start")
    await asyncio.sleep(0)
    print("child", n, "end")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "call_soon 1")
    t = asyncio.create_task(child(1))
    loop.call_soon(print, "call_soon 2")
    print("main before await")
    await asyncio.sleep(0)
    print("main after sleep0")
    await t
asyncio.run(main())
`,
	'queues, locks, events, task groups, timeouts, executors': `
import asyncio, time
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)
async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
        print("got", item)
    return total
def blocking(n):
    time.sleep(0.5)
    return n * 2
async def main():
    q = asyncio.Queue(maxsize=1)
    _, total = await asyncio.gather(producer(q, 3), consumer(q))
    print("total", total)
    lock = asyncio.Lock()
    async def crit(n):
        async with lock:
            print("in", n)
            await asyncio.sleep(0.01)
            print("out", n)
    await asyncio.gather(*(crit(i) for i in range(3)))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0.1, "x"))
        b = tg.create_task(asyncio.sleep(0.2, "y"))
    print(a.result(), b.result())
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout!")
    print(await asyncio.to_thread(blocking, 21))
    print(await asyncio.get_running_loop().run_in_executor(None, blocking, 4))
asyncio.run(main())
`,
	'async generators, async comprehensions and except*': `
import asyncio
async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("ticker closed")
async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"bad {n}")
async def main():
    async for value in ticker(2):
        print("tick", value)
    print([v * v async for v in ticker(3)])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as group:
        print("caught", [str(e) for e in group.exceptions])
asyncio.run(main())
`,
	'an exception escaping asyncio.run exits 1 after the output so far': `
import asyncio
async def main():
    print("working")
    await asyncio.sleep(0.1)
    raise RuntimeError("failed")
asyncio.run(main())
`,
	'cancellation': `
import asyncio
async def long():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cleanup on cancel")
        raise
async def main():
    t = asyncio.create_task(long())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.2)
    except TimeoutError:
        print("wait_for timed out")
asyncio.run(main())
`,
};

describe.skipIf(!hasPython)('asyncio programs match CPython', () => {
	for (const [name, source] of Object.entries(programs)) {
		it(name, () => {
			expect(runSimulated(source)).toEqual(runCPython(source));
		});
	}
});
