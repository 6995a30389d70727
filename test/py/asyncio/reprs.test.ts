import {describe, expect, it} from 'vitest';
import {create_task, gather, run, sleep} from '../../../source/py/asyncio/index.js';
import {cpython, FakeException, FakeProgram, hasPython} from './fake-host.js';

const python = hasPython ? it : it.skip;

/** The fake host cannot say which line a suspended coroutine is at, nor name the file as CPython does. */
function normalize(lines: readonly string[]): string[] {
	return lines.map(line => line.replace(/<(string|stdin)>/g, 'FILE').replace(/running at FILE:\d+/g, 'running at FILE:N'));
}

describe('Future and Task reprs match CPython', () => {
	// base_futures.py _future_repr_info and base_tasks.py _task_repr_info: state, name, coro,
	// wait_for, result/exception, and the pending callbacks.
	python('pending, waiting, finished, cancelling, cancelled and failed', () => {
		const expected = cpython(`
import asyncio
async def work(x):
    await asyncio.sleep(0.1)
    if x == 'bad':
        raise ValueError(x)
    return x
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work(5))
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    await t
    print(repr(t))
    b = asyncio.create_task(work('bad'))
    c = asyncio.create_task(work(1))
    await asyncio.sleep(0)
    c.cancel()
    print(repr(c))
    await asyncio.sleep(0.2)
    print(repr(b))
    print(repr(c))
    f = loop.create_future()
    print(repr(f))
    f.set_result(7)
    print(repr(f))
    g = asyncio.gather(asyncio.sleep(0.1))
    print(repr(g))
    await g
    print(repr(g))
    b.exception()
asyncio.run(main())
`)!;
		const p = new FakeProgram();
		const rt = p.runtime;
		const work = (x: unknown) =>
			p.coro(`work(${String(x)})`, function* () {
				yield* p.await(sleep(rt, 0.1));
				if (x === 'bad') p.raise(new FakeException('ValueError', x));
				return x;
			}, 3);
		run(rt, p.coro('main()', function* () {
			const loop = rt.get_running_loop();
			const t = create_task(rt, work(5));
			p.print(t.repr());
			yield* p.await(sleep(rt, 0));
			p.print(t.repr());
			yield* p.await(t);
			p.print(t.repr());
			const b = create_task(rt, work('bad'));
			const c = create_task(rt, work(1));
			yield* p.await(sleep(rt, 0));
			c.cancel();
			p.print(c.repr());
			yield* p.await(sleep(rt, 0.2));
			p.print(b.repr());
			p.print(c.repr());
			const f = loop.create_future();
			p.print(f.repr());
			f.set_result(7);
			p.print(f.repr());
			const g = gather(rt, [sleep(rt, 0.1)]);
			p.print(g.repr());
			yield* p.await(g);
			p.print(g.repr());
			b.exception();
			return null;
		}));
		expect(normalize(p.stdout)).toEqual(normalize(expected));
	});
});
