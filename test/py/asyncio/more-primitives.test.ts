import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {as_completed, caught, create_task, gather, LifoQueue, PriorityQueue, run, run_in_executor, sleep, timeout, timeout_at, wait_for} from '../../../source/py/asyncio/index.js';
import {cpython, FakeException, FakeProgram, hasPython} from './fake-host.js';

const python = hasPython ? it : it.skip;

describe('more asyncio behaviour matches CPython', () => {
	// heapq order for PriorityQueue, stack order for LifoQueue; a getter woken by put_nowait resumes
	// one iteration later, after the putter's own step ends.
	python('LifoQueue and PriorityQueue order, with a waiting getter', () => {
		const expected = cpython(`
import asyncio
async def getter(q, name):
    print(name, 'waits')
    print(name, 'got', await q.get())
async def main():
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(4)])
    pq = asyncio.PriorityQueue()
    for i in [5, 1, 4, 1, 3, 9, 2, 6]:
        pq.put_nowait(i)
    print([pq.get_nowait() for _ in range(8)])
    t = asyncio.create_task(getter(pq, 'g'))
    await asyncio.sleep(0)
    pq.put_nowait(7)
    print('put 7')
    await t
asyncio.run(main())
`);
		const p = new FakeProgram();
		const rt = p.runtime;
		run(rt, p.coro('main()', function* () {
			const lq = new LifoQueue(rt);
			for (let i = 0; i < 4; i++) lq.put_nowait(i);
			p.print([0, 1, 2, 3].map(() => lq.get_nowait()));
			const pq = new PriorityQueue(rt);
			for (const i of [5, 1, 4, 1, 3, 9, 2, 6]) pq.put_nowait(i);
			p.print([...Array(8)].map(() => pq.get_nowait()));
			const t = create_task(rt, p.coro("getter(pq, 'g')", function* () {
				p.print('g', 'waits');
				p.print('g', 'got', yield* p.await(pq.get()));
				return null;
			}));
			yield* p.await(sleep(rt, 0));
			pq.put_nowait(7);
			p.print('put 7');
			yield* p.await(t);
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	// timeouts.py: reschedule moves the deadline; a deadline already past fires via call_soon;
	// wait_for(timeout=0) cancels at once unless the awaitable is already done.
	python('timeout reschedule, timeout_at in the past, wait_for with timeout 0', () => {
		const expected = cpython(`
import asyncio
async def work(d):
    await asyncio.sleep(d)
    return 'finished'
async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(loop.time() + 1)
        print(await work(0.5), cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            print('inside')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('expired', cm.expired())
    try:
        await asyncio.wait_for(work(0.1), 0)
    except TimeoutError:
        print('wait_for 0 timed out')
    f = loop.create_future()
    f.set_result(5)
    print(await asyncio.wait_for(f, 0))
    print(await asyncio.wait_for(work(0.1), None))
asyncio.run(main())
`);
		const p = new FakeProgram();
		const rt = p.runtime;
		const work = (d: number) => p.coro(`work(${d})`, function* () {
			yield* p.await(sleep(rt, d));
			return 'finished';
		});
		run(rt, p.coro('main()', function* () {
			const loop = rt.get_running_loop();
			const rescheduled = timeout(rt, 0.1);
			yield* p.asyncWith(rescheduled, function* () {
				rescheduled.reschedule(loop.time() + 1);
				p.print(yield* p.await(work(0.5)), rescheduled.expired());
			});
			const past = timeout_at(rt, loop.time() - 1);
			try {
				yield* p.asyncWith(past, function* () {
					p.print('inside');
					yield* p.await(sleep(rt, 0));
					p.print('not reached');
				});
			} catch (error) {
				if ((caught(error) as FakeException).type !== 'TimeoutError') throw error;
				p.print('expired', past.expired());
			}
			try {
				yield* p.await(wait_for(rt, work(0.1), 0));
			} catch (error) {
				if ((caught(error) as FakeException).type !== 'TimeoutError') throw error;
				p.print('wait_for 0 timed out');
			}
			const f = loop.create_future();
			f.set_result(5);
			p.print(yield* p.await(wait_for(rt, f, 0)));
			p.print(yield* p.await(wait_for(rt, work(0.1), undefined)));
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	// base_events.py default_exception_handler: a callback's exception is logged, the loop goes on.
	python('an exception in a call_soon callback is reported and the loop continues', () => {
		const source = `
import asyncio
def cb(a):
    raise KeyError(a)
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 5)
    loop.call_soon(print, 'next callback')
    await asyncio.sleep(0)
    print('main goes on')
asyncio.run(main())
`;
		const python3 = spawnSync('python3', ['-c', source], {encoding: 'utf8'});
		const p = new FakeProgram();
		run(p.runtime, p.coro('main()', function* () {
			const loop = p.runtime.get_running_loop();
			loop.call_soon(() => p.raise(new FakeException('KeyError', '5')), {label: 'cb(5)', line: 3, repr: 'cb(5) at <string>:3'});
			loop.call_soon(() => p.print('next callback'), {label: "print('next callback')", line: 8});
			yield* p.await(sleep(p.runtime, 0));
			p.print('main goes on');
			return null;
		}));
		expect(p.stdout).toEqual(cpython(source));
		expect(p.stderr.split('\n').slice(0, 2)).toEqual(python3.stderr.split('\n').slice(0, 2));
	});

	// run_in_executor: a job waits for a free worker; results keep submission order in gather.
	python('run_in_executor jobs finish after their cost, concurrently with the loop', () => {
		const expected = cpython(`
import asyncio, time
def blocking(n):
    time.sleep(n / 10)
    return n
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    futs = [loop.run_in_executor(None, blocking, n) for n in (3, 1, 2)]
    for f in asyncio.as_completed(futs):
        print('done', await f, int((loop.time() - t0) * 10))
    print(await asyncio.gather(*futs))
asyncio.run(main())
`);
		const p = new FakeProgram();
		const rt = p.runtime;
		const blocking = (n: number) => ({value: n, cost: n / 10});
		run(rt, p.coro('main()', function* () {
			const loop = rt.get_running_loop();
			const futs = [3, 1, 2].map(n => run_in_executor(loop, blocking, [n], `blocking(${n})`));
			for (const f of as_completed(rt, futs)) p.print('done', yield* p.await(f), Math.floor(loop.time() * 10));
			p.print(yield* p.await(gather(rt, futs)));
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});
});
