import {describe, expect, it} from 'vitest';
import {BoundedSemaphore, Condition, create_task, Event, gather, Lock, Queue, run, Semaphore, sleep, to_thread} from '../../../source/py/asyncio/index.js';
import {cpython, FakeProgram, hasPython} from './fake-host.js';

const python = hasPython ? it : it.skip;

describe('queues and locks match CPython', () => {
	// queues.py: getters and putters wait on futures in FIFO deques; put_nowait wakes the first
	// getter, get_nowait the first putter; join waits until task_done was called for every item.
	// The consumers sleep for different times: equal sleeps fall due together or apart in real
	// CPython depending on scheduling jitter, which made the expected order vary under load.
	python('a bounded Queue with two producers and two consumers, join and the nowait errors', () => {
		const expected = cpython(`
import asyncio
async def producer(q, name, n):
    for i in range(n):
        await q.put(f'{name}{i}')
        print('put', name, i, q.qsize())
async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, 'got', item)
        await asyncio.sleep(0.1 if name == 'c1' else 0.15)
        q.task_done()
async def main():
    q = asyncio.Queue(maxsize=2)
    cs = [asyncio.create_task(consumer(q, c)) for c in ('c1', 'c2')]
    await asyncio.gather(producer(q, 'p', 3), producer(q, 'r', 2))
    await q.join()
    print('joined', q.empty())
    for c in cs:
        c.cancel()
    q2 = asyncio.Queue(1)
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print('QueueFull', q2.full())
asyncio.run(main())
`);
		const p = new FakeProgram();
		const producer = (q: Queue, name: string, n: number) =>
			p.coro(`producer(q, '${name}', ${n})`, function* () {
				for (let i = 0; i < n; i++) {
					yield* p.await(q.put(`${name}${i}`));
					p.print('put', name, i, q.qsize());
				}
				return null;
			});
		const consumer = (q: Queue, name: string) =>
			p.coro(`consumer(q, '${name}')`, function* () {
				for (;;) {
					const item = yield* p.await(q.get());
					p.print(name, 'got', item);
					yield* p.await(sleep(p.runtime, name === 'c1' ? 0.1 : 0.15));
					q.task_done();
				}
			});
		run(p.runtime, p.coro('main()', function* () {
			const q = new Queue(p.runtime, 2);
			const cs = ['c1', 'c2'].map(c => create_task(p.runtime, consumer(q, c)));
			yield* p.await(gather(p.runtime, [producer(q, 'p', 3), producer(q, 'r', 2)]));
			yield* p.await(q.join());
			p.print('joined', q.empty());
			for (const c of cs) c.cancel();
			const q2 = new Queue(p.runtime, 1);
			if (p.raised(() => q2.get_nowait())?.type === 'QueueEmpty') p.print('QueueEmpty');
			q2.put_nowait(1);
			if (p.raised(() => q2.put_nowait(2))?.type === 'QueueFull') p.print('QueueFull', q2.full());
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	// locks.py: Lock is FIFO-fair (release wakes the first waiter); Event.set wakes every waiter;
	// Semaphore lets `value` holders in; Condition.wait releases the lock and re-acquires it.
	python('Lock, Event, Semaphore, BoundedSemaphore and Condition', () => {
		const expected = cpython(`
import asyncio
async def locker(lock, name):
    async with lock:
        print(name, 'has the lock')
        await asyncio.sleep(0.1)
    print(name, 'released')
async def waiter(ev, name):
    print(name, 'waits')
    await ev.wait()
    print(name, 'saw the event')
async def limited(sem, name):
    async with sem:
        print(name, 'in')
        await asyncio.sleep(0.1)
        print(name, 'out')
async def consumer(cond, box, name):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, 'took', box.pop())
async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(locker(lock, n) for n in 'abc'))
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in ('w1', 'w2')]
    await asyncio.sleep(0)
    print('setting', ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, n) for n in 'pqrs'))
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print(e)
    cond = asyncio.Condition()
    box = []
    cs = [asyncio.create_task(consumer(cond, box, n)) for n in ('k1', 'k2')]
    await asyncio.sleep(0)
    for item in ('x', 'y'):
        async with cond:
            box.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
asyncio.run(main())
`);
		const p = new FakeProgram();
		const rt = p.runtime;
		const locker = (lock: Lock, name: string) =>
			p.coro(`locker(lock, '${name}')`, function* () {
				yield* p.await(lock.__aenter__());
				p.print(name, 'has the lock');
				yield* p.await(sleep(rt, 0.1));
				yield* p.await(lock.__aexit__());
				p.print(name, 'released');
				return null;
			});
		const waiter = (ev: Event, name: string) =>
			p.coro(`waiter(ev, '${name}')`, function* () {
				p.print(name, 'waits');
				yield* p.await(ev.wait());
				p.print(name, 'saw the event');
				return null;
			});
		const limited = (sem: Semaphore, name: string) =>
			p.coro(`limited(sem, '${name}')`, function* () {
				yield* p.await(sem.__aenter__());
				p.print(name, 'in');
				yield* p.await(sleep(rt, 0.1));
				p.print(name, 'out');
				yield* p.await(sem.__aexit__());
				return null;
			});
		const consumer = (cond: Condition, box: string[], name: string) =>
			p.coro(`consumer(cond, box, '${name}')`, function* () {
				yield* p.await(cond.__aenter__());
				yield* p.await(cond.wait_for(() => box.length > 0));
				p.print(name, 'took', box.pop());
				yield* p.await(cond.__aexit__());
				return null;
			});
		run(rt, p.coro('main()', function* () {
			const lock = new Lock(rt);
			yield* p.await(gather(rt, [...'abc'].map(n => locker(lock, n))));
			const ev = new Event(rt);
			const ts = ['w1', 'w2'].map(n => create_task(rt, waiter(ev, n)));
			yield* p.await(sleep(rt, 0));
			p.print('setting', ev.is_set());
			ev.set();
			yield* p.await(gather(rt, ts));
			const sem = new Semaphore(rt, 2);
			yield* p.await(gather(rt, [...'pqrs'].map(n => limited(sem, n))));
			const b = new BoundedSemaphore(rt, 1);
			p.print(p.raised(() => b.release()));
			const cond = new Condition(rt);
			const box: string[] = [];
			const cs = ['k1', 'k2'].map(n => create_task(rt, consumer(cond, box, n)));
			yield* p.await(sleep(rt, 0));
			for (const item of ['x', 'y']) {
				yield* p.await(cond.__aenter__());
				box.push(item);
				cond.notify();
				yield* p.await(cond.__aexit__());
				yield* p.await(sleep(rt, 0));
			}
			yield* p.await(gather(rt, cs));
			p.print(p.raised(() => lock.release()));
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	// The executor model: a worker's time.sleep costs worker time, not loop time, so the loop keeps
	// running other tasks and the result arrives at submission + cost.
	python('to_thread runs beside the loop; its cost shows on the clock', () => {
		const expected = cpython(`
import asyncio, time
def blocking(n):
    time.sleep(n)
    return int(n * 10)
async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.2)
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.gather(asyncio.to_thread(blocking, 0.5), ticker())
    print(r[0], int((loop.time() - t0) * 10))
asyncio.run(main())
`);
		const p = new FakeProgram();
		const rt = p.runtime;
		const blocking = (n: number) => ({value: n * 10, cost: n});
		const ticker = () =>
			p.coro('ticker()', function* () {
				for (let i = 0; i < 3; i++) {
					p.print('tick', i);
					yield* p.await(sleep(rt, 0.2));
				}
				return null;
			});
		run(rt, p.coro('main()', function* () {
			const loop = rt.get_running_loop();
			const r = (yield* p.await(gather(rt, [to_thread(rt, blocking, [0.5], 'blocking(0.5)'), ticker()]))) as unknown[];
			p.print(r[0], Math.floor(loop.time() * 10));
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});
});
