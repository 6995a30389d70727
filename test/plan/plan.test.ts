import {describe, expect, it} from 'vitest';
import {Recorder, StepLimitError, type PlanMeta, type StepState} from '../../source/plan/index.js';

const meta: PlanMeta = {
	language: 'javascript',
	file: 'test.js',
	source: 'a\nb\nc\n',
	clockUnit: 'ms',
	queues: [
		{id: 'timers', title: 'Timers'},
		{id: 'microtask', title: 'Microtask queue'},
	],
};

/** A pseudo-random but reproducible program of recorder calls, with an independent model of the state. */
function recordRandom(seed: number, steps: number) {
	let state = seed;
	const random = () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
	const recorder = new Recorder(meta, {maxSteps: steps + 10});
	const expected: Array<{stack: string[]; timers: string[]; micro: string[]; clock: number; console: number; phase: string}> = [];
	const stack: Array<{name: string}> = [];
	const timers: Array<{ref: number; label: string}> = [];
	const micro: Array<{ref: number; label: string}> = [];
	let clock = 0;
	let consoleLength = 0;
	let phase = '';
	for (let index = 0; index < steps; index++) {
		const line = 1 + Math.floor(random() * 3);
		recorder.step('statement', line, 1, `step ${index}`);
		const action = random();
		if (action < 0.15) {
			const name = `f${index}`;
			recorder.pushFrame(name, line);
			stack.push({name});
		} else if (action < 0.3 && stack.length > 0) {
			recorder.popFrame();
			stack.pop();
		} else if (action < 0.45) {
			const label = `t${index}`;
			timers.push({ref: recorder.enqueue('timers', {label, line, due: index}), label});
		} else if (action < 0.55 && timers.length > 0) {
			const at = Math.floor(random() * timers.length);
			recorder.remove('timers', timers[at]!.ref);
			timers.splice(at, 1);
		} else if (action < 0.7) {
			const label = `m${index}`;
			micro.push({ref: recorder.enqueue('microtask', {label, line}), label});
		} else if (action < 0.78 && micro.length > 0) {
			recorder.remove('microtask', micro.shift()!.ref);
		} else if (action < 0.85 && micro.length > 0) {
			const label = `${micro[0]!.label}'`;
			micro[0] = {ref: recorder.update('microtask', micro[0]!.ref, {label}), label};
		} else if (action < 0.9) {
			recorder.write('stdout', `line ${index}\n`);
			consoleLength++;
		} else if (action < 0.95) {
			clock += 1;
			recorder.setClock(clock);
		} else {
			phase = `phase ${index}`;
			recorder.setPhase(phase);
		}
		expected.push({
			stack: stack.map(frame => frame.name),
			timers: timers.map(item => item.label),
			micro: micro.map(item => item.label),
			clock,
			console: consoleLength,
			phase,
		});
	}
	return {plan: recorder.finish({exitCode: 0}, 'done'), expected};
}

function summary(state: StepState) {
	return {
		stack: state.stack.map(frame => frame.name),
		timers: state.queues[0]!.items.map(item => item.label),
		micro: state.queues[1]!.items.map(item => item.label),
		clock: state.clock,
		console: state.console.length,
		phase: state.phase,
	};
}

describe('Plan random access', () => {
	it('rebuilds the state at any step, in any order, from checkpoints plus events', () => {
		const {plan, expected} = recordRandom(7, 5000);
		expect(plan.length).toBe(5001);
		const order = [4999, 0, 2500, 1, 1234, 4000, 3, 4998, 777];
		for (const index of order) expect(summary(plan.stateAt(index))).toEqual(expected[index]);
		for (let index = 0; index < 5000; index += 37) expect(summary(plan.stateAt(index))).toEqual(expected[index]);
	});

	it('walks every state in order with states()', () => {
		const {plan, expected} = recordRandom(11, 3000);
		let index = 0;
		for (const state of plan.states()) {
			if (index < expected.length) expect(summary(state)).toEqual(expected[index]);
			index++;
		}
		expect(index).toBe(plan.length);
	});

	it('keeps item ids stable across updates and reports the changes of a step', () => {
		const recorder = new Recorder(meta, {maxSteps: 100});
		recorder.step('host', 1, 1, 'queue a job');
		const ref = recorder.enqueue('microtask', {label: 'job', line: 1});
		recorder.step('host', 2, 1, 'rename it');
		recorder.update('microtask', ref, {note: 'later'});
		const plan = recorder.finish({exitCode: 0}, 'done');
		const first = plan.stateAt(0).queues[1]!.items[0]!;
		const second = plan.stateAt(1).queues[1]!.items[0]!;
		expect(second.id).toBe(first.id);
		expect(second).toEqual({id: first.id, label: 'job', line: 1, note: 'later'});
		expect(plan.stateAt(0).changes).toEqual([{queue: 'microtask', itemId: first.id, change: 'enqueued'}]);
		expect(plan.stateAt(1).changes).toEqual([{queue: 'microtask', itemId: first.id, change: 'updated'}]);
	});

	it('shows the current line on the top frame and call sites below it', () => {
		const recorder = new Recorder(meta, {maxSteps: 100});
		recorder.step('call', 5, 1, 'call f');
		recorder.pushFrame('f', 1);
		recorder.step('statement', 2, 3, 'in f');
		recorder.step('call', 2, 3, 'call g');
		recorder.pushFrame('g', 8);
		recorder.step('statement', 9, 3, 'in g');
		recorder.step('return', 9, 3, 'g returns');
		recorder.popFrame();
		const plan = recorder.finish({exitCode: 0}, 'done');
		expect(plan.stateAt(3).stack).toEqual([
			{name: 'f', line: 2},
			{name: 'g', line: 9},
		]);
		expect(plan.stateAt(4).stack).toEqual([{name: 'f', line: 2}]);
	});

	it('finds landmarks and breakpoint lines in both directions', () => {
		const recorder = new Recorder(meta, {maxSteps: 100});
		recorder.step('statement', 1, 1, 'a');
		recorder.step('callback', 0, 0, 'cb');
		recorder.step('statement', 2, 1, 'b');
		recorder.write('stdout', 'x\n');
		recorder.step('callback', 0, 0, 'cb');
		recorder.step('statement', 3, 1, 'c');
		const plan = recorder.finish({exitCode: 0}, 'done');
		expect(plan.nextMarker('callback', 0)).toBe(1);
		expect(plan.nextMarker('callback', 1)).toBe(3);
		expect(plan.nextMarker('callback', 3)).toBe(-1);
		expect(plan.previousMarker('callback', 3)).toBe(1);
		expect(plan.previousMarker('callback', 1)).toBe(-1);
		expect(plan.nextMarker('output', 0)).toBe(2);
		expect(plan.findLine(new Set([3]), 0, 1)).toBe(4);
		expect(plan.findLine(new Set([1]), 4, -1)).toBe(0);
		expect(plan.findLine(new Set([9]), 0, 1)).toBe(-1);
	});

	it('stops at the step cap with StepLimitError, and the plan still ends with an end step', () => {
		const recorder = new Recorder(meta, {maxSteps: 3});
		recorder.step('statement', 1, 1, 'a');
		recorder.step('statement', 2, 1, 'b');
		recorder.step('statement', 3, 1, 'c');
		expect(() => recorder.step('statement', 1, 1, 'd')).toThrow(StepLimitError);
		const plan = recorder.finish({exitCode: 1, stopped: {reason: 'max-steps', message: 'stopped'}}, 'stopped');
		expect(plan.length).toBe(4);
		expect(plan.kindAt(3)).toBe('end');
	});

	it('records 200,000 statement-only steps and reads any back', () => {
		const steps = 200_000;
		const recorder = new Recorder(meta, {maxSteps: steps + 1});
		const narration = recorder.intern('loop body');
		for (let index = 0; index < steps; index++) recorder.step('statement', 1 + (index % 3), 1, narration);
		const plan = recorder.finish({exitCode: 0}, 'done');
		expect(plan.stateAt(steps - 1).line).toBe(1 + ((steps - 1) % 3));
		expect(plan.narrationAt(12_345)).toBe('loop body');
	});
});
