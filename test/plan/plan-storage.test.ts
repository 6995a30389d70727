import {describe, expect, it} from 'vitest';
import {EventLog, EventReader} from '../../source/plan/event-log.js';
import {Recorder, stepKinds, type PlanMeta} from '../../source/plan/index.js';
import {UintColumn} from '../../source/plan/uint-column.js';

const meta: PlanMeta = {
	language: 'javascript',
	file: 'test.js',
	source: '',
	clockUnit: 'ms',
	queues: [
		{id: 'timers', title: 'Timers'},
		{id: 'microtask', title: 'Microtask queue'},
	],
};

describe('UintColumn', () => {
	it('widens from one byte to two and four as values need it, keeping every earlier value', () => {
		const column = new UintColumn(2);
		const values = [0, 255, 7, 256, 65_535, 3, 65_536, 0xffff_ffff, 1];
		const types: string[] = [];
		for (const value of values) {
			column.push(value);
			types.push(column.array.constructor.name);
		}
		expect(Array.from(column.view())).toEqual(values);
		expect(types).toEqual(['Uint8Array', 'Uint8Array', 'Uint8Array', 'Uint16Array', 'Uint16Array', 'Uint16Array', 'Uint32Array', 'Uint32Array', 'Uint32Array']);
		column.compact();
		expect(column.array.length).toBe(values.length);
	});

	it('refuses values that no unsigned 32-bit array holds', () => {
		expect(() => new UintColumn().push(2 ** 32)).toThrow(RangeError);
		expect(() => new UintColumn().push(300.5)).toThrow(RangeError);
		expect(() => new UintColumn().push(-1)).toThrow(RangeError);
		expect(() => new UintColumn().push(Number.NaN)).toThrow(RangeError);
	});

	it('widens again after adopting an array that crossed threads', () => {
		const column = new UintColumn();
		column.adopt(Uint16Array.of(1, 2), 2);
		column.push(70_000);
		expect(Array.from(column.view())).toEqual([1, 2, 70_000]);
	});
});

describe('EventLog', () => {
	it('reads back every varint width exactly', () => {
		const values = [0, 1, 127, 128, 255, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, 0xffff_ffff];
		const log = new EventLog();
		for (const value of values) log.uint(value);
		expect(log.length).toBe(1 + 1 + 1 + 2 + 2 + 2 + 3 + 3 + 4 + 4 + 5 + 5);
		const reader = new EventReader(log.array, 0);
		expect(values.map(() => reader.uint())).toEqual(values);
		expect(reader.at).toBe(log.length);
	});
});

describe('compact plan storage', () => {
	it('stores every step kind under its own code', () => {
		const recorder = new Recorder(meta, {maxSteps: 100});
		for (const kind of stepKinds) if (kind !== 'end') recorder.step(kind, 1, 1, kind);
		const plan = recorder.finish({exitCode: 0}, 'done');
		expect(Array.from({length: plan.length}, (_, index) => plan.kindAt(index))).toEqual(stepKinds);
	});

	it('keeps lines and narrations past two bytes, steps with thousands of event bytes, positions, dues and notes', () => {
		const checked = [0, 63, 64, 500, 501, 563, 564, 565, 700, 900, 901, 1500, 33_333, 65_599, 65_600, 69_999];
		for (let index = 3; index < 70_000; index += 997) checked.push(index);
		const recorder = new Recorder(meta, {maxSteps: 100_000});
		const expected = new Map<number, {line: number; narration: string; timers: string[]; micro: Array<{label: string; due?: number; note?: string}>}>();
		let timers: Array<{ref: number; label: string}> = [];
		const micro: Array<{ref: number; label: string; due?: number; note?: string}> = [];
		for (let index = 0; index < 70_000; index++) {
			// Every narration distinct: string ids pass 65,535. Lines pass it too.
			const line = index % 5 === 0 ? 100_000 + index : 1 + (index % 200);
			const narration = `step ${index}`;
			recorder.step('statement', line, 1, narration);
			if (index % 1000 === 500) {
				// One step that queues 400 timers: far more than 255 bytes of events.
				for (let count = 0; count < 400; count++) {
					const label = `t${index}.${count}`;
					timers.push({ref: recorder.enqueue('timers', {label, line: 1, due: index + count}), label});
				}
			} else if (index % 1000 === 900) {
				for (const timer of timers) recorder.remove('timers', timer.ref);
				timers = [];
			} else if (index % 7 === 0) {
				const label = `m${index}`;
				const position = micro.length > 2 ? 1 : -1;
				const item = {ref: recorder.enqueue('microtask', {label, line: 2, due: index}, position), label, due: index};
				if (position < 0) micro.push(item);
				else micro.splice(position, 0, item);
			} else if (index % 11 === 0 && micro.length > 3) {
				const at = micro.length - 2;
				const note = `note ${index}`;
				micro[at] = {...micro[at]!, ref: recorder.update('microtask', micro[at]!.ref, {note}), note};
			} else if (index % 13 === 0 && micro.length > 0) {
				recorder.remove('microtask', micro.shift()!.ref);
			}
			if (!checked.includes(index)) continue;
			expected.set(index, {
				line,
				narration,
				timers: timers.map(timer => timer.label),
				micro: micro.map(({label, due, note}) => ({label, due, ...(note === undefined ? {} : {note})})),
			});
		}
		const plan = recorder.finish({exitCode: 0}, 'done');
		for (const index of checked) {
			const state = plan.stateAt(index);
			const want = expected.get(index)!;
			expect(state.line).toBe(want.line);
			expect(state.narration).toBe(want.narration);
			expect(state.queues[0]!.items.map(item => item.label)).toEqual(want.timers);
			expect(state.queues[1]!.items.map(({label, due, note}) => ({label, due, ...(note === undefined ? {} : {note})}))).toEqual(want.micro);
		}
		expect(plan.stateAt(500).changes).toHaveLength(400);
		expect(plan.stateAt(500).queues[0]!.items[399]!.due).toBe(500 + 399);
		expect(plan.stateAt(900).changes.every(change => change.change === 'removed')).toBe(true);
	});

	it('keeps a checkpoint at least every 1,025 steps of a plan without queued items', () => {
		const recorder = new Recorder(meta, {maxSteps: 100_000});
		for (let index = 0; index < 50_000; index++) recorder.step('statement', 1, 1, 'body');
		const plan = recorder.finish({exitCode: 0}, 'done');
		const steps = plan.store.checkpoints.map(checkpoint => checkpoint.step);
		const gaps = steps.slice(1).map((step, at) => step - steps[at]!);
		expect(Math.max(...gaps, plan.length - steps.at(-1)!)).toBeLessThanOrEqual(1025);
	});
});
