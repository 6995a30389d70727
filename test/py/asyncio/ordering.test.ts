import {describe, expect, it} from 'vitest';
import {create_task, gather, run, sleep} from '../../../source/py/asyncio/index.js';
import {cpython, FakeProgram, hasPython} from './fake-host.js';

const python = hasPython ? it : it.skip;
if (!hasPython) console.warn('python3 not found: asyncio ordering tests against CPython are skipped');

describe('asyncio ordering matches CPython', () => {
	python('gather runs both tasks concurrently and the clock ends at 3 s, not 4', () => {
		const expected = cpython(`
import asyncio
async def task(name, delay):
    print(f"{name} started")
    await asyncio.sleep(delay)
    print(f"{name} finished")
async def main():
    await asyncio.gather(task("Task 1", 3), task("Task 2", 1))
asyncio.run(main())
`);
		const p = new FakeProgram();
		const task = (name: string, delay: number) =>
			p.coro(`task('${name}', ${delay})`, function* () {
				p.print(`${name} started`);
				yield* p.await(sleep(p.runtime, delay));
				p.print(`${name} finished`);
				return null;
			});
		run(p.runtime, p.coro('main()', function* () {
			yield* p.await(gather(p.runtime, [task('Task 1', 3), task('Task 2', 1)]));
			return null;
		}));
		expect(p.stdout).toEqual(expected);
		expect(p.recorder.clock).toBe(3000);
	});

	// semantics.md asyncio rule 8; Task.__init__ schedules __step with call_soon, so a created task
	// starts only when its creator yields, in FIFO order with other call_soon handles.
	python('call_soon handles and a new task run in FIFO order after the creator yields', () => {
		const expected = cpython(`
import asyncio
async def child(n):
    print(f'child {n} start')
    await asyncio.sleep(0)
    print(f'child {n} end')
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'call_soon 1')
    t = asyncio.create_task(child(1))
    loop.call_soon(print, 'call_soon 2')
    print('main before await')
    await asyncio.sleep(0)
    print('main after sleep0')
    await t
asyncio.run(main())
`);
		const p = new FakeProgram();
		const child = (n: number) =>
			p.coro(`child(${n})`, function* () {
				p.print(`child ${n} start`);
				yield* p.await(sleep(p.runtime, 0));
				p.print(`child ${n} end`);
				return null;
			});
		run(p.runtime, p.coro('main()', function* () {
			const loop = p.runtime.get_running_loop();
			loop.call_soon(() => p.print('call_soon 1'), {label: "print('call_soon 1')", line: 0});
			const t = create_task(p.runtime, child(1));
			loop.call_soon(() => p.print('call_soon 2'), {label: "print('call_soon 2')", line: 0});
			p.print('main before await');
			yield* p.await(sleep(p.runtime, 0));
			p.print('main after sleep0');
			yield* p.await(t);
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	// _run_once runs exactly the handles that were ready when the iteration began; a bare yield
	// (sleep(0)) puts the task's next __step at the back of _ready.
	python('sleep(0) interleaves three tasks round-robin', () => {
		const expected = cpython(`
import asyncio
async def worker(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(worker('a'), worker('b'), worker('c'))
    print('done')
asyncio.run(main())
`);
		const p = new FakeProgram();
		const worker = (name: string) =>
			p.coro(`worker('${name}')`, function* () {
				for (let i = 0; i < 3; i++) {
					p.print(name, i);
					yield* p.await(sleep(p.runtime, 0));
				}
				return null;
			});
		run(p.runtime, p.coro('main()', function* () {
			yield* p.await(gather(p.runtime, [worker('a'), worker('b'), worker('c')]));
			p.print('done');
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});

	// _scheduled is a heap ordered by when; equal times keep scheduling order (semantics.md rule 9);
	// a due timer's handle runs in the iteration that moves it, the woken task one iteration later.
	python('call_later, call_at and sleeps fire in time order, ties in scheduling order', () => {
		const expected = cpython(`
import asyncio
async def sleeper(name, d):
    await asyncio.sleep(d)
    print('woke', name)
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, print, 'later 0.2')
    loop.call_at(loop.time() + 0.1, print, 'at 0.1')
    loop.call_later(0.1, print, 'later 0.1')
    t1 = asyncio.create_task(sleeper('s0.1', 0.1))
    t2 = asyncio.create_task(sleeper('s0.3', 0.3))
    loop.call_later(0, print, 'later 0')
    loop.call_soon(print, 'soon')
    await asyncio.sleep(0.25)
    print('main woke')
    await t2
asyncio.run(main())
`);
		const p = new FakeProgram();
		const sleeper = (name: string, d: number) =>
			p.coro(`sleeper('${name}', ${d})`, function* () {
				yield* p.await(sleep(p.runtime, d));
				p.print('woke', name);
				return null;
			});
		run(p.runtime, p.coro('main()', function* () {
			const loop = p.runtime.get_running_loop();
			const say = (text: string) => () => p.print(text);
			loop.call_later(0.2, say('later 0.2'), {label: 'later 0.2', line: 0});
			loop.call_at(loop.time() + 0.1, say('at 0.1'), {label: 'at 0.1', line: 0});
			loop.call_later(0.1, say('later 0.1'), {label: 'later 0.1', line: 0});
			create_task(p.runtime, sleeper('s0.1', 0.1));
			const t2 = create_task(p.runtime, sleeper('s0.3', 0.3));
			loop.call_later(0, say('later 0'), {label: 'later 0', line: 0});
			loop.call_soon(say('soon'), {label: 'soon', line: 0});
			yield* p.await(sleep(p.runtime, 0.25));
			p.print('main woke');
			yield* p.await(t2);
			return null;
		}));
		expect(p.stdout).toEqual(expected);
	});
});
