import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {SourceError} from '../../source/plan/index.js';
import {projectRoot} from '../support/differential.js';
import {simulate} from './run-program.js';

function outputStep(plan: ReturnType<typeof simulate>, text: string): number {
	for (let i = 0; i < plan.length; i++) {
		const state = plan.stateAt(i);
		if (state.console.some(chunk => chunk.text === text)) return i;
	}
	return -1;
}

describe('the plan of examples/promise.js', () => {
	const plan = simulate(readFileSync(path.join(projectRoot, 'examples', 'promise.js'), 'utf8'));
	const queue = (step: number, id: string) => plan.stateAt(step).queues.find(q => q.id === id)!.items.map(item => item.label);

	it('keeps the Timeout callback a timer, never a microtask, when Promise prints', () => {
		const step = outputStep(plan, 'Promise\n');
		expect(step).toBeGreaterThan(0);
		const waiting = [...queue(step, 'timers'), ...queue(step, 'macrotask')];
		expect(waiting).toContain('() => console.log("Timeout")');
		expect(queue(step, 'microtask')).not.toContain('() => console.log("Timeout")');
	});

	it('shows the Promise callback on the microtask queue before it runs', () => {
		const printed = outputStep(plan, 'Promise\n');
		const queued = outputStep(plan, 'End\n');
		for (let i = queued; i < printed - 2; i++) expect(queue(i, 'microtask')).toContain('() => console.log("Promise")');
	});

	it('records timers with their due time and the creation line', () => {
		const timer = plan.stateAt(outputStep(plan, 'End\n')).queues.find(q => q.id === 'timers')!.items[0]!;
		expect(timer).toMatchObject({label: '() => console.log("Timeout")', line: 2, due: 1});
	});

	it('narrates every step', () => {
		for (let i = 0; i < plan.length; i++) expect(plan.stateAt(i).narration.length).toBeGreaterThan(0);
	});
});

describe('stack and failures', () => {
	it('shows user frames and async functions leaving the stack at await', () => {
		const plan = simulate(`async function work() {\n\tawait null;\n\tconsole.log('resumed');\n}\nwork();\n`);
		const frames = Array.from({length: plan.length}, (_, i) => plan.stateAt(i).stack.map(frame => frame.name).join('>'));
		expect(frames).toContain('(main script)>work');
		const resumed = outputStep(plan, 'resumed\n');
		expect(plan.stateAt(resumed).stack.map(frame => frame.name)).toEqual(['work']);
	});

	it('stops a runaway loop at the step cap with a steppable plan', () => {
		const plan = simulate('while (true) {}', '.js', 500);
		expect(plan.outcome.stopped?.reason).toBe('max-steps');
		expect(plan.length).toBeGreaterThan(400);
	});

	it('rejects syntax errors and unavailable modules before running', () => {
		expect(() => simulate('let = ;')).toThrow(SourceError);
		expect(() => simulate("require('fs')")).toThrow(/not available in loopstep/);
	});

	it('stops at eval and the Function constructor, naming the line', () => {
		const plan = simulate("console.log(1);\n({}).constructor.constructor('return process')();");
		expect(plan.outcome).toMatchObject({exitCode: 1, stopped: {reason: 'unsupported', line: 2}});
	});
});
