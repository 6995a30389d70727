import {describe, expect, it} from 'vitest';
import {caught, create_task, Event, gather, run, Semaphore, sleep, TaskGroup, timeout, wait_for, type Task} from '../../../source/py/asyncio/index.js';
import {cpython, FakeException, FakeProgram, hasPython} from './fake-host.js';

const python = hasPython ? it : it.skip;
const isCancel = (error: unknown) => (caught(error) as FakeException).type === 'CancelledError';

describe('cancellation edge cases match CPython', () => {
	// wait_for: cancelling the waiting task cancels the inner one, waits for it, and re-raises
	// CancelledError; nested timeout() blocks only convert their own cancellation (uncancel counts).
	python('cancel a task inside wait_for, nested timeouts, and a TaskGroup whose parent is cancelled', () => {
		const expected = cpython(`
import asyncio
async def inner(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, 'inner cancelled')
        raise
async def outer():
    try:
        return await asyncio.wait_for(inner('w', 5), 10)
    except asyncio.CancelledError:
        print('outer saw CancelledError')
        raise
async def nested():
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.1):
                    await inner('n', 5)
            except TimeoutError:
                print('inner timeout converted')
            await inner('m', 0.2)
            print('after m')
    except TimeoutError:
        print('outer timeout not expected')
    print('cancelling', asyncio.current_task().cancelling())
async def group():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner('g1', 5))
            tg.create_task(inner('g2', 5))
            await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('group body cancelled')
        raise
async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('t cancelled', t.cancelled())
    await nested()
    g = asyncio.create_task(group())
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('g cancelled', g.cancelled())
asyncio.run(main())
`);
		const p = new FakeProgram();
		const rt = p.runtime;
		const inner = (name: string, d: number) => p.coro(`inner('${name}', ${d})`, function* () {
			try {
				yield* p.await(sleep(rt, d));
				return name;
			} catch (error) {
				if (isCancel(error)) p.print(name, 'inner cancelled');
				throw error;
			}
		});
		const outer = () => p.coro('outer()', function* () {
			try {
				return yield* p.await(wait_for(rt, inner('w', 5), 10));
			} catch (error) {
				if (isCancel(error)) p.print('outer saw CancelledError');
				throw error;
			}
		});
		const nested = () => p.coro('nested()', function* () {
			try {
				yield* p.asyncWith(timeout(rt, 1), function* () {
					try {
						yield* p.asyncWith(timeout(rt, 0.1), () => p.await(inner('n', 5)));
					} catch (error) {
						if ((caught(error) as FakeException).type !== 'TimeoutError') throw error;
						p.print('inner timeout converted');
					}
					yield* p.await(inner('m', 0.2));
					p.print('after m');
				});
			} catch (error) {
				if ((caught(error) as FakeException).type !== 'TimeoutError') throw error;
				p.print('outer timeout not expected');
			}
			p.print('cancelling', (rt.current_task() as Task).cancelling());
			return null;
		});
		const group = () => p.coro('group()', function* () {
			try {
				const tg = new TaskGroup(rt);
				yield* p.asyncWith(tg, function* () {
					tg.create_task(inner('g1', 5));
					tg.create_task(inner('g2', 5));
					yield* p.await(sleep(rt, 5));
				});
			} catch (error) {
				if (isCancel(error)) p.print('group body cancelled');
				throw error;
			}
			return null;
		});
		run(rt, p.coro('main()', function* () {
			const t = create_task(rt, outer());
			yield* p.await(sleep(rt, 0.1));
			t.cancel();
			try {
				yield* p.await(t);
			} catch (error) {
				if (!isCancel(error)) throw error;
				p.print('t cancelled', t.cancelled());
			}
			yield* p.await(nested());
			const g = create_task(rt, group());
			yield* p.await(sleep(rt, 0.1));
			g.cancel();
			try {
				yield* p.await(g);
			} catch (error) {
				if (!isCancel(error)) throw error;
				p.print('g cancelled', g.cancelled());
			}
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	// locks.py: a cancelled Semaphore waiter hands its wakeup on; Event waiters that were cancelled
	// are skipped when the event is set.
	python('cancelled waiters on a Semaphore and an Event', () => {
		const expected = cpython(`
import asyncio
async def holder(sem, name, d):
    async with sem:
        print(name, 'in')
        await asyncio.sleep(d)
    print(name, 'out')
async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, 'woke')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(holder(sem, 'a', 0.2))
    b = asyncio.create_task(holder(sem, 'b', 0.1))
    c = asyncio.create_task(holder(sem, 'c', 0.1))
    await asyncio.sleep(0.05)
    b.cancel()
    await asyncio.gather(a, c, return_exceptions=True)
    print('b cancelled', b.cancelled(), sem.locked())
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, n)) for n in ('x', 'y', 'z')]
    await asyncio.sleep(0)
    ws[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*ws, return_exceptions=True) is not None)
asyncio.run(main())
`);
		const p = new FakeProgram();
		const rt = p.runtime;
		const holder = (sem: Semaphore, name: string, d: number) => p.coro(`holder(sem, '${name}', ${d})`, function* () {
			yield* p.await(sem.__aenter__());
			try {
				p.print(name, 'in');
				yield* p.await(sleep(rt, d));
			} finally {
				yield* p.await(sem.__aexit__());
			}
			p.print(name, 'out');
			return null;
		});
		const waiter = (ev: Event, name: string) => p.coro(`waiter(ev, '${name}')`, function* () {
			try {
				yield* p.await(ev.wait());
				p.print(name, 'woke');
			} catch (error) {
				if (isCancel(error)) p.print(name, 'cancelled');
				throw error;
			}
			return null;
		});
		run(rt, p.coro('main()', function* () {
			const sem = new Semaphore(rt, 1);
			const a = create_task(rt, holder(sem, 'a', 0.2));
			const b = create_task(rt, holder(sem, 'b', 0.1));
			const c = create_task(rt, holder(sem, 'c', 0.1));
			yield* p.await(sleep(rt, 0.05));
			b.cancel();
			yield* p.await(gather(rt, [a, c], true));
			p.print('b cancelled', b.cancelled(), sem.locked());
			const ev = new Event(rt);
			const ws = ['x', 'y', 'z'].map(n => create_task(rt, waiter(ev, n)));
			yield* p.await(sleep(rt, 0));
			ws[1]!.cancel();
			yield* p.await(sleep(rt, 0));
			ev.set();
			p.print((yield* p.await(gather(rt, ws, true))) !== null);
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});
});
