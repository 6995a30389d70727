import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {caught, create_task, run, sleep} from '../../../source/py/asyncio/index.js';
import {cpython, FakeException, FakeProgram, hasPython} from './fake-host.js';

const python = hasPython ? it : it.skip;

/** CPython's stderr for a program, without traceback bodies (the fake host has no real frames). */
function cpythonReports(source: string): string[] {
	const result = spawnSync('python3', ['-c', source], {encoding: 'utf8'});
	return result.stderr.split('\n').filter(line => !line.startsWith(' ') && !line.startsWith('Traceback') && line !== '');
}

function reports(stderr: string): string[] {
	return stderr.split('\n').filter(line => !line.startsWith(' ') && !line.startsWith('Traceback') && line !== '');
}

describe('errors and reports match CPython', () => {
	// futures.py __del__: a future whose exception was never retrieved reports it when collected;
	// asyncio.run reports at loop close, after main's frame (and its references) are gone.
	python('"Task exception was never retrieved" for a failed task nobody awaited', () => {
		const source = `
import asyncio
async def bad():
    raise ValueError('x')
async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0.1)
    print('done')
asyncio.run(main())
`;
		const expected = {stdout: cpython(source), stderr: cpythonReports(source)};
		const p = new FakeProgram();
		const bad = () => p.coro('bad()', function* () {
			return p.raise(new FakeException('ValueError', 'x'));
		}, 3);
		run(p.runtime, p.coro('main()', function* () {
			create_task(p.runtime, bad());
			yield* p.await(sleep(p.runtime, 0.1));
			p.print('done');
			return null;
		}, 5));
		expect({stdout: p.stdout, stderr: reports(p.stderr)}).toEqual(expected);
	});

	// runners.py: pending tasks are cancelled at the end of asyncio.run; a task created during that
	// shutdown stays pending, and at exit its coroutine is closed, then the task reports itself.
	python('"Task was destroyed but it is pending!" for a task started during shutdown', () => {
		const source = `
import asyncio
async def late():
    try:
        print('late start')
        await asyncio.sleep(5)
    finally:
        print('late finally')
async def child():
    try:
        await asyncio.sleep(10)
    finally:
        print('child finally')
        asyncio.get_running_loop().create_task(late())
async def main():
    asyncio.create_task(child())
    await asyncio.sleep(0)
    print('main done')
asyncio.run(main())
print('after run')
`;
		const expected = {stdout: cpython(source), stderr: cpythonReports(source)};
		const p = new FakeProgram();
		const late = () => p.coro('late()', function* () {
			try {
				p.print('late start');
				yield* p.await(sleep(p.runtime, 5));
			} finally {
				p.print('late finally');
			}
			return null;
		}, 3);
		const child = () => p.coro('child()', function* () {
			try {
				yield* p.await(sleep(p.runtime, 10));
			} finally {
				p.print('child finally');
				p.runtime.get_running_loop().create_task(late());
			}
			return null;
		}, 9);
		run(p.runtime, p.coro('main()', function* () {
			create_task(p.runtime, child());
			yield* p.await(sleep(p.runtime, 0));
			p.print('main done');
			return null;
		}, 15));
		p.print('after run');
		p.runtime.at_exit();
		expect({stdout: p.stdout, stderr: reports(p.stderr)}).toEqual(expected);
	});

	// tasks.py _task_name_counter is module-wide: asyncio.create_task(name=...) still uses a number,
	// and each asyncio.run spends two more on shutdown_asyncgens and shutdown_default_executor.
	python('task names count across runs, including renamed and shutdown tasks', () => {
		const expected = cpython(`
import asyncio
async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(asyncio.sleep(0), name='named')
    u = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name(), u.get_name())
    await asyncio.sleep(0)
asyncio.run(main())
asyncio.run(main())
`);
		const p = new FakeProgram();
		const main = () => p.coro('main()', function* () {
			p.print(p.runtime.current_task()!.get_name());
			const t = create_task(p.runtime, sleep(p.runtime, 0), 'named');
			const u = create_task(p.runtime, sleep(p.runtime, 0));
			p.print(t.get_name(), u.get_name());
			yield* p.await(sleep(p.runtime, 0));
			return null;
		});
		run(p.runtime, main());
		run(p.runtime, main());
		expect(p.stdout).toEqual(expected);
	});

	// An exception escaping main() leaves asyncio.run after the shutdown (other tasks cancelled first).
	python('an exception escaping main propagates out of asyncio.run after cleanup', () => {
		const source = `
import asyncio
async def other():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('other cancelled at shutdown')
        raise
async def main():
    asyncio.create_task(other())
    await asyncio.sleep(0)
    raise KeyError('k')
try:
    asyncio.run(main())
except KeyError as e:
    print('caught', repr(e))
`;
		const expected = cpython(source);
		const p = new FakeProgram();
		const other = () => p.coro('other()', function* () {
			try {
				yield* p.await(sleep(p.runtime, 1));
			} catch (error) {
				if ((caught(error) as FakeException).type === 'CancelledError') p.print('other cancelled at shutdown');
				throw error;
			}
			return null;
		});
		const escaped = p.raised(() =>
			run(p.runtime, p.coro('main()', function* () {
				create_task(p.runtime, other());
				yield* p.await(sleep(p.runtime, 0));
				return p.raise(new FakeException('KeyError', 'k'));
			})),
		);
		p.print('caught', `KeyError('${escaped!.message}')`);
		expect(p.stdout).toEqual(expected);
	});

	// tasks.py __step re-raises SystemExit and KeyboardInterrupt out of the loop; asyncio.run still
	// cleans up, and no "exception was never retrieved" report follows.
	python('KeyboardInterrupt raised in main leaves asyncio.run after cleanup, unreported', () => {
		const source = `
import asyncio
async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print('other cleaned up')
async def main():
    asyncio.create_task(other())
    await asyncio.sleep(0)
    print('main raises')
    raise KeyboardInterrupt
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('caught KeyboardInterrupt')
`;
		const expected = {stdout: cpython(source), stderr: cpythonReports(source)};
		const p = new FakeProgram();
		const other = () => p.coro('other()', function* () {
			try {
				yield* p.await(sleep(p.runtime, 1));
			} finally {
				p.print('other cleaned up');
			}
			return null;
		});
		const escaped = p.raised(() =>
			run(p.runtime, p.coro('main()', function* () {
				create_task(p.runtime, other());
				yield* p.await(sleep(p.runtime, 0));
				p.print('main raises');
				return p.raise(new FakeException('KeyboardInterrupt'));
			})),
		);
		if (escaped?.type === 'KeyboardInterrupt') p.print('caught KeyboardInterrupt');
		expect({stdout: p.stdout, stderr: reports(p.stderr)}).toEqual(expected);
	});
});
