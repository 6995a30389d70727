import {describe, expect, it} from 'vitest';
import {caught, create_task, gather, run, shield, sleep, timeout, wait_for, type Task} from '../../../source/py/asyncio/index.js';
import {cpython, FakeException, FakeProgram, hasPython} from './fake-host.js';

const python = hasPython ? it : it.skip;

describe('cancellation matches CPython', () => {
	// Task.cancel on a waiting task cancels the future it waits on; the task sees CancelledError at
	// its next __step, which runs one iteration after the future's callbacks are scheduled.
	python('cancel a sleeping task, a task before its first step, and a task that swallows it', () => {
		const expected = cpython(`
import asyncio
async def sleeper(name):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(1)
        print(name, 'woke')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn caught it')
    await asyncio.sleep(0.5)
    return 'stubborn done'
async def main():
    a = asyncio.create_task(sleeper('a'))
    b = asyncio.create_task(sleeper('b'))
    s = asyncio.create_task(stubborn())
    b.cancel()
    await asyncio.sleep(0.1)
    print('cancel a', a.cancel(), a.cancelling())
    print('cancel s', s.cancel('why'))
    await asyncio.sleep(0)
    print('a state', a.done(), a.cancelled())
    await asyncio.sleep(0)
    print('a state', a.done(), a.cancelled(), 'b', b.cancelled())
    print(await s, s.cancelled(), s.cancelling())
    print('cancel done', a.cancel())
asyncio.run(main())
`);
		const p = new FakeProgram();
		const sleeper = (name: string) =>
			p.coro(`sleeper('${name}')`, function* () {
				try {
					p.print(name, 'sleeping');
					yield* p.await(sleep(p.runtime, 1));
					p.print(name, 'woke');
				} catch (error) {
					if ((caught(error) as FakeException).type === 'CancelledError') p.print(name, 'cancelled');
					throw error;
				}
				return null;
			});
		const stubborn = () =>
			p.coro('stubborn()', function* () {
				try {
					yield* p.await(sleep(p.runtime, 1));
				} catch (error) {
					if ((caught(error) as FakeException).type !== 'CancelledError') throw error;
					p.print('stubborn caught it');
				}
				yield* p.await(sleep(p.runtime, 0.5));
				return 'stubborn done';
			});
		run(p.runtime, p.coro('main()', function* () {
			const a = create_task(p.runtime, sleeper('a'));
			const b = create_task(p.runtime, sleeper('b'));
			const s = create_task(p.runtime, stubborn());
			b.cancel();
			yield* p.await(sleep(p.runtime, 0.1));
			p.print('cancel a', a.cancel(), a.cancelling());
			p.print('cancel s', s.cancel('why'));
			yield* p.await(sleep(p.runtime, 0));
			p.print('a state', a.done(), a.cancelled());
			yield* p.await(sleep(p.runtime, 0));
			p.print('a state', a.done(), a.cancelled(), 'b', b.cancelled());
			p.print(yield* p.await(s), s.cancelled(), s.cancelling());
			p.print('cancel done', a.cancel());
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	// wait_for (3.11): on timeout the inner task is cancelled and awaited, then TimeoutError is raised
	// from its CancelledError; timeout() converts the task's cancellation the same way.
	python('wait_for and timeout() raise TimeoutError after cancelling the inner work', () => {
		const expected = cpython(`
import asyncio
async def slow(name, d):
    try:
        await asyncio.sleep(d)
        return name + ' ok'
    except asyncio.CancelledError:
        print(name, 'was cancelled')
        raise
async def main():
    t0 = asyncio.get_running_loop().time()
    print(await asyncio.wait_for(slow('fast', 0.1), 1))
    try:
        await asyncio.wait_for(slow('slow', 5), 0.5)
    except TimeoutError as e:
        print('wait_for timed out', type(e.__cause__).__name__)
    loop = asyncio.get_running_loop()
    print('t', int((loop.time() - t0) * 10))
    try:
        async with asyncio.timeout(0.25):
            await slow('inner', 1)
    except TimeoutError:
        print('timeout() expired')
    print('t', int((loop.time() - t0) * 10))
    async with asyncio.timeout(1):
        print(await slow('quick', 0.1))
    print('t', int((loop.time() - t0) * 10))
asyncio.run(main())
`);
		const p = new FakeProgram();
		const slow = (name: string, d: number) =>
			p.coro(`slow('${name}', ${d})`, function* () {
				try {
					yield* p.await(sleep(p.runtime, d));
					return `${name} ok`;
				} catch (error) {
					if ((caught(error) as FakeException).type === 'CancelledError') p.print(name, 'was cancelled');
					throw error;
				}
			});
		const tenths = (x: number) => Math.floor(x * 10);
		run(p.runtime, p.coro('main()', function* () {
			p.print(yield* p.await(wait_for(p.runtime, slow('fast', 0.1), 1)));
			try {
				yield* p.await(wait_for(p.runtime, slow('slow', 5), 0.5));
			} catch (error) {
				const e = caught(error) as FakeException;
				if (e.type !== 'TimeoutError') throw error;
				p.print('wait_for timed out', e.cause?.type);
			}
			const loop = p.runtime.get_running_loop();
			p.print('t', tenths(loop.time()));
			try {
				yield* p.asyncWith(timeout(p.runtime, 0.25), () => p.await(slow('inner', 1)));
			} catch (error) {
				const e = caught(error) as FakeException;
				if (e.type !== 'TimeoutError') throw error;
				p.print('timeout() expired');
			}
			p.print('t', tenths(loop.time()));
			yield* p.asyncWith(timeout(p.runtime, 1), function* () {
				p.print(yield* p.await(slow('quick', 0.1)));
			});
			p.print('t', tenths(loop.time()));
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	// gather: results in argument order; return_exceptions puts exceptions in the list; cancelling
	// the gather cancels its children; shield keeps the inner task running.
	python('gather with return_exceptions, gather cancellation, and shield', () => {
		const expected = cpython(`
import asyncio
async def ok(x, d):
    await asyncio.sleep(d)
    return x
async def bad(d):
    await asyncio.sleep(d)
    raise ValueError('boom')
async def long(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
async def main():
    print(await asyncio.gather(ok(1, 0.2), ok(2, 0.1), ok(3, 0)))
    r = await asyncio.gather(ok('a', 0.1), bad(0.05), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        await asyncio.gather(ok('x', 0.3), bad(0.1))
    except ValueError as e:
        print('gather raised', e)
    g = asyncio.gather(long('g1'), long('g2'))
    await asyncio.sleep(0)
    print('cancel gather', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    inner = asyncio.create_task(ok('shielded', 0.2))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.05)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', inner.cancelled())
    print(await inner)
asyncio.run(main())
`);
		const p = new FakeProgram();
		const ok = (x: unknown, d: number) =>
			p.coro(`ok(${String(x)}, ${d})`, function* () {
				yield* p.await(sleep(p.runtime, d));
				return x;
			});
		const bad = (d: number) =>
			p.coro(`bad(${d})`, function* () {
				yield* p.await(sleep(p.runtime, d));
				return p.raise(new FakeException('ValueError', 'boom'));
			});
		const long = (name: string) =>
			p.coro(`long('${name}')`, function* () {
				try {
					yield* p.await(sleep(p.runtime, 10));
				} catch (error) {
					if ((caught(error) as FakeException).type === 'CancelledError') p.print(name, 'cancelled');
					throw error;
				}
				return null;
			});
		run(p.runtime, p.coro('main()', function* () {
			p.print(yield* p.await(gather(p.runtime, [ok(1, 0.2), ok(2, 0.1), ok(3, 0)])));
			const r = (yield* p.await(gather(p.runtime, [ok('a', 0.1), bad(0.05)], true))) as unknown[];
			p.print(r.map(x => (x instanceof FakeException ? x.type : 'str')));
			try {
				yield* p.await(gather(p.runtime, [ok('x', 0.3), bad(0.1)]));
			} catch (error) {
				p.print('gather raised', caught(error));
			}
			const g = gather(p.runtime, [long('g1'), long('g2')]);
			yield* p.await(sleep(p.runtime, 0));
			p.print('cancel gather', g.cancel());
			try {
				yield* p.await(g);
			} catch (error) {
				if ((caught(error) as FakeException).type !== 'CancelledError') throw error;
				p.print('gather cancelled', g.cancelled());
			}
			const inner = create_task(p.runtime, ok('shielded', 0.2));
			const outer = shield(p.runtime, inner);
			yield* p.await(sleep(p.runtime, 0.05));
			outer.cancel();
			try {
				yield* p.await(outer);
			} catch (error) {
				if ((caught(error) as FakeException).type !== 'CancelledError') throw error;
				p.print('outer cancelled', inner.cancelled());
			}
			p.print(yield* p.await(inner as Task));
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});
});
