import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {SourceError} from '../../source/plan/index.js';
import {simulate} from './run-python.js';

const gather = readFileSync(new URL('../../examples/gather.py', import.meta.url), 'utf8');

describe('simulatePython plans', () => {
	it('records gather with the clock ending at 3 s and asyncio queues', () => {
		const plan = simulate(gather);
		expect(plan.meta.language).toBe('python');
		expect(plan.meta.clockUnit).toBe('s');
		expect(plan.meta.queues.map(queue => queue.id)).toEqual(['ready', 'scheduled', 'tasks']);
		expect(plan.output.map(chunk => chunk.text).join('')).toBe('Task 1 started\nTask 2 started\nTask 2 finished\nTask 1 finished\n');
		expect(plan.stateAt(plan.length - 1).clock).toBe(3000);
		const printing = [...Array(plan.length).keys()].map(index => plan.stateAt(index)).find(state => state.console.some(chunk => chunk.text === 'Task 2 finished\n'));
		expect(printing?.stack.map(frame => frame.name)).toContain('task');
	});

	it('shows user frames on the stack while a function runs', () => {
		const plan = simulate('def f():\n    x = 1\n    return x\nf()\n');
		const inside = [...Array(plan.length).keys()].map(index => plan.stateAt(index)).find(state => state.line === 2);
		expect(inside?.stack.map(frame => frame.name)).toEqual(['<module>', 'f']);
	});

	it('prints an uncaught exception as a CPython traceback on stderr and exits 1', () => {
		const plan = simulate('def f():\n    return 1 / 0\nf()\n');
		expect(plan.outcome.exitCode).toBe(1);
		const stderr = plan.output.filter(chunk => chunk.stream === 'stderr').map(chunk => chunk.text).join('');
		expect(stderr).toBe('Traceback (most recent call last):\n  File "prog.py", line 3, in <module>\n    f()\n  File "prog.py", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n');
	});

	it('raises RecursionError (catchable) instead of overflowing the host stack', () => {
		const plan = simulate('def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__, e)\n');
		expect(plan.output.map(chunk => chunk.text).join('')).toBe('RecursionError maximum recursion depth exceeded\n');
	});

	it('reports syntax errors as SourceError with CPython wording', () => {
		expect(() => simulate('if True\n    print(1)\n')).toThrow(SourceError);
		try {
			simulate('if True\n    print(1)\n');
		} catch (error) {
			expect((error as SourceError).message).toBe("expected ':'");
			expect((error as SourceError).line).toBe(1);
		}
	});

	it('stops with a clear message on imports loopstep does not simulate', () => {
		const plan = simulate('print("a")\nimport os\n');
		expect(plan.outcome.exitCode).toBe(1);
		expect(plan.outcome.stopped?.reason).toBe('unsupported');
		expect(plan.outcome.stopped?.message).toMatch(/line 2: import of 'os' is not available in loopstep/);
	});

	it('stops when the event loop would wait forever, as python3 would hang', () => {
		const plan = simulate('import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n');
		expect(plan.outcome.exitCode).toBe(1);
		expect(plan.outcome.stopped?.reason).toBe('deadlock');
		expect(plan.outcome.stopped?.message).toMatch(/wait here forever/);
	});

	it('stops at the step cap', () => {
		const plan = simulate('while True:\n    pass\n', 1000);
		expect(plan.outcome.stopped?.reason).toBe('max-steps');
	});

	it('records a 300k-iteration loop within the default cap, quickly', () => {
		const started = performance.now();
		const plan = simulate('total = 0\nfor i in range(300000):\n    total += i\nprint(total)\n');
		expect(plan.output.map(chunk => chunk.text).join('')).toBe('44999850000\n');
		expect(plan.outcome.stopped).toBeUndefined();
		expect(performance.now() - started).toBeLessThan(5000);
	});
});
