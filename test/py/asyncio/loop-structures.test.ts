import {describe, expect, it} from 'vitest';
import {Deque} from '../../../source/py/asyncio/deque.js';
import {TimerHeap, type HeapEntry} from '../../../source/py/asyncio/timer-heap.js';
import {run, sleep} from '../../../source/py/asyncio/index.js';
import {FakeProgram} from './fake-host.js';

describe('_ready and _scheduled structures', () => {
	// _ready is a FIFO: append at the right, popleft from the left, across growth and wrap-around.
	it('Deque keeps FIFO order while growing and wrapping', () => {
		const deque = new Deque<number>();
		const model: number[] = [];
		let next = 0;
		for (let round = 0; round < 200; round++) {
			for (let i = 0; i < (round % 7) + 1; i++) {
				deque.append(next);
				model.push(next++);
			}
			for (let i = 0; i < round % 5; i++) expect(deque.popleft()).toBe(model.shift());
			expect(deque.length).toBe(model.length);
			expect([...deque]).toEqual(model);
		}
	});

	// _scheduled pops by (when, scheduling order): equal times keep the order they were scheduled in.
	it('TimerHeap pops by due time, ties in scheduling order, after removing entries', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const heap = new TimerHeap<HeapEntry & {cancelled: boolean}>();
		const entries = Array.from({length: 500}, (_, sequence) => ({whenKey: Math.floor(random() * 50), sequence, cancelled: random() < 0.3}));
		for (const entry of entries) heap.push(entry);
		heap.removeWhere(entry => entry.cancelled);
		const expected = entries.filter(entry => !entry.cancelled).sort((a, b) => a.whenKey - b.whenKey || a.sequence - b.sequence);
		const popped = [];
		for (let entry = heap.pop(); entry; entry = heap.pop()) popped.push(entry);
		expect(popped).toEqual(expected);
	});

	// _run_once runs exactly the handles that were ready when the iteration began: a handle added by
	// a running handle waits for the next iteration.
	it('a handle added during an iteration runs in the next one', () => {
		const p = new FakeProgram();
		const seen: string[] = [];
		run(p.runtime, p.coro('main()', function* () {
			const loop = p.runtime.get_running_loop();
			loop.call_soon(() => {
				seen.push('a');
				loop.call_soon(() => seen.push('c'), {label: 'c', line: 0});
			}, {label: 'a', line: 0});
			loop.call_soon(() => seen.push('b'), {label: 'b', line: 0});
			yield* p.await(sleep(p.runtime, 0));
			seen.push('main');
			return null;
		}));
		expect(seen).toEqual(['a', 'b', 'main', 'c']);
	});

	// With nothing ready the clock jumps to the earliest timer; timers within clock_resolution fire together.
	it('the clock jumps to the next timer and float noise does not split equal deadlines', () => {
		const p = new FakeProgram();
		const order: string[] = [];
		run(p.runtime, p.coro('main()', function* () {
			const loop = p.runtime.get_running_loop();
			loop.call_later(0.8, () => order.push(`A ${loop.time()}`), {label: 'A', line: 0});
			loop.call_later(0.7, () => loop.call_later(0.1, () => order.push(`B ${loop.time()}`), {label: 'B', line: 0}), {label: 'A0', line: 0});
			yield* p.await(sleep(p.runtime, 1));
			return null;
		}));
		expect(order).toEqual(['A 0.8', 'B 0.8']);
		expect(p.recorder.clock).toBe(1000);
	});
});
