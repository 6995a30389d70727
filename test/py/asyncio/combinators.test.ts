import {describe, expect, it} from 'vitest';
import {as_completed, caught, create_task, run, sleep, TaskGroup, wait, type Future, type Task} from '../../../source/py/asyncio/index.js';
import {cpython, FakeException, FakeProgram, hasPython} from './fake-host.js';

const python = hasPython ? it : it.skip;

describe('wait, as_completed and TaskGroup match CPython', () => {
	// _wait releases its waiter on the first completion that satisfies return_when (or the timeout);
	// the caller resumes one iteration after that completion's callbacks ran.
	python('wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout', () => {
		const expected = cpython(`
import asyncio
async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(name)
    print('finished', name)
    return name
async def main():
    ts = [asyncio.create_task(job(n, d)) for n, d in [('a', 0.3), ('b', 0.1), ('c', 0.2)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print(len(done), len(pending))
    ex = [asyncio.create_task(job('x', 0.05, True)), asyncio.create_task(job('y', 0.5))]
    done, pending = await asyncio.wait(ex, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(ts + ex)
    print(len(done), len(pending))
    print(type(ex[0].exception()).__name__)
asyncio.run(main())
`);
		const p = new FakeProgram();
		const job = (name: string, d: number, fail = false) =>
			p.coro(`job('${name}', ${d})`, function* () {
				yield* p.await(sleep(p.runtime, d));
				if (fail) p.raise(new FakeException('RuntimeError', name));
				p.print('finished', name);
				return name;
			});
		run(p.runtime, p.coro('main()', function* () {
			const ts = ([['a', 0.3], ['b', 0.1], ['c', 0.2]] as const).map(([n, d]) => create_task(p.runtime, job(n, d)));
			let [done, pending] = (yield* p.await(wait(p.runtime, ts, undefined, 'FIRST_COMPLETED'))) as [Set<Future>, Set<Future>];
			p.print(`[${[...done].map(t => `'${String(t.result())}'`).sort().join(', ')}]`, pending.size);
			[done, pending] = (yield* p.await(wait(p.runtime, ts, 0.05))) as [Set<Future>, Set<Future>];
			p.print(done.size, pending.size);
			const ex = [create_task(p.runtime, job('x', 0.05, true)), create_task(p.runtime, job('y', 0.5))];
			[done, pending] = (yield* p.await(wait(p.runtime, ex, undefined, 'FIRST_EXCEPTION'))) as [Set<Future>, Set<Future>];
			p.print(done.size, pending.size);
			[done, pending] = (yield* p.await(wait(p.runtime, [...ts, ...ex], undefined))) as [Set<Future>, Set<Future>];
			p.print(done.size, pending.size);
			p.print((ex[0]!.exception() as FakeException).type);
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	python('as_completed yields results in completion order, then times out', () => {
		const expected = cpython(`
import asyncio
async def job(name, d):
    await asyncio.sleep(d)
    return name
async def main():
    for f in asyncio.as_completed([job('slow', 0.3), job('fast', 0.1), job('mid', 0.2)]):
        print(await f)
    try:
        for f in asyncio.as_completed([job('never', 5), job('soon', 0.1)], timeout=1):
            print(await f)
    except TimeoutError:
        print('as_completed timed out')
asyncio.run(main())
`);
		const p = new FakeProgram();
		const job = (name: string, d: number) =>
			p.coro(`job('${name}', ${d})`, function* () {
				yield* p.await(sleep(p.runtime, d));
				return name;
			});
		run(p.runtime, p.coro('main()', function* () {
			for (const f of as_completed(p.runtime, [job('slow', 0.3), job('fast', 0.1), job('mid', 0.2)])) p.print(yield* p.await(f));
			try {
				for (const f of as_completed(p.runtime, [job('never', 5), job('soon', 0.1)], 1)) p.print(yield* p.await(f));
			} catch (error) {
				if ((caught(error) as FakeException).type !== 'TimeoutError') throw error;
				p.print('as_completed timed out');
			}
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	// taskgroups.py: the first failure cancels the siblings and the parent task; __aexit__ waits for
	// every child and raises ExceptionGroup('unhandled errors in a TaskGroup', errors).
	python('TaskGroup waits for its tasks, and on a failure cancels the rest and raises an ExceptionGroup', () => {
		const expected = cpython(`
import asyncio
async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail:
        raise ValueError(name)
    print(name, 'done')
    return name
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job('a', 0.2))
        b = tg.create_task(job('b', 0.1))
        print('body done')
    print('group done', a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('x', 0.3))
            tg.create_task(job('boom', 0.1, True))
            tg.create_task(job('y', 0.5))
            await asyncio.sleep(1)
            print('not reached')
    except* ValueError as eg:
        print('caught', [str(e) for e in eg.exceptions])
    print(asyncio.current_task().cancelling())
asyncio.run(main())
`);
		const p = new FakeProgram();
		const job = (name: string, d: number, fail = false) =>
			p.coro(`job('${name}', ${d})`, function* () {
				try {
					yield* p.await(sleep(p.runtime, d));
				} catch (error) {
					if ((caught(error) as FakeException).type === 'CancelledError') p.print(name, 'cancelled');
					throw error;
				}
				if (fail) p.raise(new FakeException('ValueError', name));
				p.print(name, 'done');
				return name;
			});
		run(p.runtime, p.coro('main()', function* () {
			let a: Task | undefined;
			let b: Task | undefined;
			const first = new TaskGroup(p.runtime);
			yield* p.asyncWith(first, function* () {
				a = first.create_task(job('a', 0.2));
				b = first.create_task(job('b', 0.1));
				p.print('body done');
			});
			p.print('group done', a!.result(), b!.result());
			try {
				const second = new TaskGroup(p.runtime);
				yield* p.asyncWith(second, function* () {
					second.create_task(job('x', 0.3));
					second.create_task(job('boom', 0.1, true));
					second.create_task(job('y', 0.5));
					yield* p.await(sleep(p.runtime, 1));
					p.print('not reached');
				});
			} catch (error) {
				const eg = caught(error) as FakeException;
				if (eg.type !== 'ExceptionGroup') throw error;
				p.print(`caught [${eg.members.map(e => `'${e.message}'`).join(', ')}]`);
			}
			p.print((p.runtime.current_task() as Task).cancelling());
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});
});
