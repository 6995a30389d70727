import {describe, expect, it} from 'vitest';
import {create_task, gather, run, sleep, type BaseEventLoop} from '../../../source/py/asyncio/index.js';
import {FakeProgram} from './fake-host.js';

/** The plan's queues must mirror the loop's structures at every point user code can observe. */
function expectQueuesInSync(p: FakeProgram, loop: BaseEventLoop): void {
	expect(p.recorder.items('ready').length).toBe(loop._ready.length);
	expect(p.recorder.items('scheduled').length).toBe(loop._scheduled.length);
}

describe('the loop records its queues into the plan', () => {
	it('keeps ready/scheduled in sync with _ready/_scheduled and labels handles by what they do', () => {
		const p = new FakeProgram();
		const rt = p.runtime;
		const task = (name: string, delay: number) =>
			p.coro(`task('${name}', ${delay})`, function* () {
				expectQueuesInSync(p, rt.get_running_loop());
				p.print(`${name} started`);
				yield* p.await(sleep(rt, delay, undefined, `sleep(${delay})`));
				expectQueuesInSync(p, rt.get_running_loop());
				p.print(`${name} finished`);
				return null;
			});
		run(rt, p.coro('main()', function* () {
			const loop = rt.get_running_loop();
			loop.call_soon(() => expectQueuesInSync(p, loop), {label: 'check()', line: 0});
			create_task(rt, p.coro('cancelled()', function* () {
				yield* p.await(sleep(rt, 5));
				return null;
			})).cancel();
			yield* p.await(gather(rt, [task('Task 1', 3), task('Task 2', 1)]));
			expectQueuesInSync(p, loop);
			return null;
		}));
		const plan = p.recorder.finish({exitCode: 0}, 'done');
		const states = [...plan.states()];
		const labels = (queue: string) => new Set(states.flatMap(state => state.queues.find(q => q.id === queue)!.items.map(item => item.label)));
		expect(labels('ready')).toContain("Task-3 step: task('Task 1', 3)");
		expect(labels('ready')).toContain('sleep(1) wakeup');
		expect(labels('ready')).toContain("Task-4 wakeup: task('Task 2', 1)");
		expect(labels('scheduled')).toContain('sleep(3) wakeup');
		const notes = new Set(states.flatMap(state => state.queues.find(q => q.id === 'tasks')!.items.map(item => `${item.label} | ${item.note}`)));
		expect(notes).toContain("Task-3: task('Task 1', 3) | waiting on sleep(3)");
		expect(notes).toContain('Task-2: cancelled() | cancelled');
		const jump = states.find(state => state.narration.startsWith('No handle is ready, so the clock jumps'));
		expect(jump?.narration).toBe('No handle is ready, so the clock jumps to the next timer at 1.000 s; sleep(1) wakeup is due, so it moves from _scheduled to _ready');
		expect(jump?.clock).toBe(1000);
		expect(states[jump!.index - 1]!.clock).toBe(0);
		expect(states.some(state => state.narration === 'The loop runs the 4 handles that were ready when this iteration began')).toBe(true);
		const scheduledAtStart = states.find(state => state.queues[1]!.items.length === 2)!.queues[1]!.items;
		expect(scheduledAtStart.map(item => [item.label, item.due])).toEqual([
			['sleep(1) wakeup', 1000],
			['sleep(3) wakeup', 3000],
		]);
		expect(states.at(-1)!.clock).toBe(3000);
		expect(states.at(-1)!.queues.every(queue => queue.items.length === 0)).toBe(true);
	});

	// base_events.py _run_once: cancelled timers stay in _scheduled until they reach the head, or
	// until more than half of more than 100 are cancelled, when the heap is rebuilt without them.
	it('keeps scheduled in sync through cancelled timers and the batch clean-up', () => {
		const p = new FakeProgram();
		const rt = p.runtime;
		const sizes: number[] = [];
		run(rt, p.coro('main()', function* () {
			const loop = rt.get_running_loop();
			const timers = Array.from({length: 150}, (_, n) => loop.call_later(1 + n / 100, () => expectQueuesInSync(p, loop), {label: `t${n}`, line: 0}));
			for (const timer of timers.slice(0, 120)) timer.cancel();
			expectQueuesInSync(p, loop);
			sizes.push(loop._scheduled.length);
			yield* p.await(sleep(rt, 0));
			expectQueuesInSync(p, loop);
			sizes.push(loop._scheduled.length);
			yield* p.await(sleep(rt, 3));
			expectQueuesInSync(p, loop);
			sizes.push(loop._scheduled.length);
			return null;
		}));
		expect(sizes).toEqual([150, 30, 0]);
		const plan = p.recorder.finish({exitCode: 0}, 'done');
		const full = [...plan.states()].map(state => state.queues.find(queue => queue.id === 'scheduled')!.items).find(items => items.length === 150)!;
		expect(full.slice(0, 2).map(item => [item.label, item.due, item.note])).toEqual([
			['t0', 1000, 'cancelled'],
			['t1', 1010, 'cancelled'],
		]);
		expect(full.at(-1)!.label).toBe('t149');
	});

	/** 100 tasks x `sleeps` sleep(0), then `nappers` tasks with distinct sleeps; returns CPU ms used. */
	function spinThenNap(sleeps: number, nappers: number): number {
		const started = process.cpuUsage();
		const p = new FakeProgram();
		const rt = p.runtime;
		let switches = 0;
		const spinner = (n: number) =>
			p.coro(`spin(${n})`, function* () {
				for (let i = 0; i < sleeps; i++) {
					switches++;
					yield* p.await(sleep(rt, 0));
				}
				return n;
			});
		const napper = (n: number) =>
			p.coro(`nap(${n})`, function* () {
				yield* p.await(sleep(rt, (nappers - n) / 1000));
				return n;
			});
		let order: number[] = [];
		run(rt, p.coro('main()', function* () {
			yield* p.await(gather(rt, Array.from({length: 100}, (_, n) => spinner(n))));
			order = (yield* p.await(gather(rt, Array.from({length: nappers}, (_, n) => napper(n))))) as number[];
			return null;
		}));
		const plan = p.recorder.finish({exitCode: 0}, 'done');
		const used = process.cpuUsage(started);
		expect(switches).toBe(100 * sleeps);
		expect(order).toEqual(Array.from({length: nappers}, (_, n) => n));
		expect(p.recorder.clock).toBe(nappers);
		expect(plan.length).toBeGreaterThan(100 * sleeps);
		return (used.user + used.system) / 1000;
	}

	// CPU time, not wall time: the test machine is shared, and waiting for a core is not our cost.
	// A small warm-up run first, so the measure is the loop's and the recorder's work, not V8's JIT;
	// the best of two runs, so a neighbour's load on a shared core does not count as ours.
	it('runs 100 tasks x 100 sleep(0), then 2,000 tasks with distinct sleeps, in well under 0.5 s of CPU', () => {
		spinThenNap(10, 200);
		expect(Math.min(spinThenNap(100, 2000), spinThenNap(100, 2000))).toBeLessThan(500);
	});
});
