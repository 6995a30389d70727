/**
 * A seeded generator of small asyncio programs whose output real CPython prints the same way on
 * every run, so they can be compared with loopstep's virtual loop.
 *
 * Determinism under real timing rests on two rules:
 * - Timed waits (`asyncio.sleep(d)`, `loop.call_later(d, ...)`) each use a different power of two
 *   times 50 ms, and each runs at most once. A timer fires at the sum of the delays along its causal
 *   chain, and distinct subsets of powers of two have distinct sums, so no two timers can fall due
 *   within 50 ms of each other, and scheduling jitter well below that cannot reorder them.
 * - Everything else (`sleep(0)`, events, queues, locks, `call_soon`, futures) is ordered by the loop
 *   alone (`_ready` is FIFO), and finishes long before the next timer.
 *
 * Deadlock freedom: worker `wI` only waits on events set by, and queue items put by, workers with a
 * smaller index, and `main` starts workers in index order; by induction every worker finishes.
 */

import {createRandom} from '../support/seeded-random.js';

class Choices {
	private readonly next: () => number;

	constructor(seed: number) {
		this.next = createRandom(seed);
	}

	/** An integer in [low, high]. */
	int(low: number, high: number): number {
		return low + Math.floor(this.next() * (high - low + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(0, items.length - 1)]!;
	}

	shuffle<T>(items: readonly T[]): T[] {
		const copy = [...items];
		for (let index = copy.length - 1; index > 0; index--) {
			const other = this.int(0, index);
			[copy[index], copy[other]] = [copy[other]!, copy[index]!];
		}
		return copy;
	}
}

/** The delays, in seconds, a program may spend once each (see the rule at the top). */
const timedDelays = ['0.05', '0.1', '0.2'] as const;

interface Worker {
	readonly index: number;
	readonly body: string[];
	readonly helpers: string[];
	/** Raises `ValueError` at its end. */
	readonly fails: boolean;
}

/** State shared while one program is composed. */
class Composer {
	readonly choices: Choices;
	private readonly delays: string[];
	readonly events: {name: string; setter: number}[] = [];
	readonly queuePuts: number[] = [];
	private queueGets = 0;
	usesLock = false;
	usesLoop = false;
	private helperCount = 0;
	private labelCount = 0;

	constructor(seed: number) {
		this.choices = new Choices(seed);
		this.delays = this.choices.shuffle(timedDelays).slice(0, this.choices.int(0, timedDelays.length));
	}

	/** A distinct short label so every printed line says where it came from. */
	label(owner: string): string {
		this.labelCount++;
		return `${owner}.${this.labelCount}`;
	}

	/** A timed delay not used yet, or undefined when the program has spent them all. */
	takeDelay(): string | undefined {
		return this.delays.shift();
	}

	/** Can worker `index` take an item put by a worker before it? */
	canGet(index: number): boolean {
		const available = this.queuePuts.filter(putter => putter < index).length;
		return available > this.queueGets;
	}

	recordGet(): void {
		this.queueGets++;
	}

	/** A child coroutine `hN`, awaited exactly once by `owner`. */
	helper(owner: string, depth: number): {name: string; text: string[]} {
		const name = `h${this.helperCount++}`;
		const body = [`print("${name} start", x)`];
		const count = this.choices.int(0, 2);
		for (let index = 0; index < count; index++) body.push(...this.simpleAction(name));
		const nested: string[] = [];
		if (depth < 1 && this.choices.chance(0.3)) {
			const inner = this.helper(name, depth + 1);
			nested.push(...inner.text, '');
			body.push(`x = await ${inner.name}(x + 1)`);
		}
		body.push(`print("${name} end", x)`, `return x * 2`);
		// A cleanup clause shows where a cancellation lands (or that it landed before the first step).
		const guardedBody = this.choices.chance(0.4) ? ['try:', ...indent(body), 'finally:', ...indent([`print("${name} cleanup")`])] : body;
		return {name, text: [...nested, `async def ${name}(x):`, ...indent(guardedBody)]};
	}

	/** A statement that never waits on another task: print, sleep(0), a timed sleep or call_soon. */
	simpleAction(owner: string): string[] {
		const roll = this.choices.int(0, 9);
		if (roll <= 2) return [`print("${this.label(owner)}")`];
		if (roll <= 6) return ['await asyncio.sleep(0)'];
		if (roll <= 8) {
			const delay = this.takeDelay();
			return delay === undefined ? ['await asyncio.sleep(0)'] : [`await asyncio.sleep(${delay})`];
		}
		this.usesLoop = true;
		return [`asyncio.get_running_loop().call_soon(print, "${this.label(owner)} soon")`];
	}
}

function indent(lines: readonly string[]): string[] {
	return lines.map(line => (line === '' ? '' : `    ${line}`));
}

function composeWorker(composer: Composer, index: number): Worker {
	const {choices} = composer;
	const name = `w${index}`;
	const body: string[] = [`print("${name} start", arg)`];
	const helpers: string[] = [];
	const actions = choices.int(1, 5);
	for (let step = 0; step < actions; step++) {
		const roll = choices.int(0, 15);
		if (roll <= 5) {
			body.push(...composer.simpleAction(name));
		} else if (roll === 6) {
			const helper = composer.helper(name, 0);
			helpers.push(...helper.text, '');
			body.push(`value = await ${helper.name}(${index * 10 + step})`, `print("${name} got", value)`);
		} else if (roll === 7) {
			const helper = composer.helper(name, 0);
			helpers.push(...helper.text, '');
			body.push(
				`child = asyncio.create_task(${helper.name}(${step}))`,
				...composer.simpleAction(name),
				`print("${name} child", await child)`,
			);
		} else if (roll === 8) {
			const event = `ev${composer.events.length}`;
			composer.events.push({name: event, setter: index});
			body.push(`print("${name} sets ${event}")`, `${event}.set()`);
		} else if (roll === 9) {
			const waitable = composer.events.filter(event => event.setter < index);
			if (waitable.length === 0) continue;
			const event = choices.pick(waitable).name;
			body.push(`await ${event}.wait()`, `print("${name} saw ${event}")`);
		} else if (roll === 10) {
			composer.queuePuts.push(index);
			body.push(`await q.put("${name}-item${step}")`);
			if (choices.chance(0.5)) body.push(`print("${name} put, qsize", q.qsize())`);
		} else if (roll === 11) {
			if (!composer.canGet(index)) continue;
			composer.recordGet();
			body.push(`print("${name} took", await q.get())`);
		} else if (roll === 12) {
			composer.usesLock = true;
			body.push('async with lock:', ...indent([`print("${name} holds lock")`, ...composer.simpleAction(name), `print("${name} frees lock")`]));
		} else if (roll === 13) {
			body.push(`print("${name} is", asyncio.current_task().get_name())`);
		} else if (roll === 14) {
			const helper = composer.helper(name, 0);
			helpers.push(...helper.text, '');
			const before = choices.int(0, 2);
			body.push(`child = asyncio.create_task(${helper.name}(${step}))`);
			for (let index = 0; index < before; index++) body.push(...composer.simpleAction(name));
			body.push(
				`print("${name} cancels child", child.cancel())`,
				'try:',
				...indent([`print("${name} child", await child)`]),
				'except asyncio.CancelledError:',
				...indent([`print("${name} child cancelled", child.cancelled())`]),
			);
		} else {
			const helper = composer.helper(name, 0);
			helpers.push(...helper.text, '');
			body.push(`print("${name} shielded", await asyncio.shield(${helper.name}(${step})))`);
		}
	}
	const fails = choices.chance(0.15);
	if (fails) body.push(`raise ValueError("${name} failed")`);
	else body.push(`return "${name}:" + str(arg)`);
	return {index, body, helpers, fails};
}

/** How `main` starts one run of consecutive workers. */
type Launch =
	| {kind: 'task'; workers: Worker[]}
	| {kind: 'await'; workers: Worker[]; via: 'direct' | 'wait_for' | 'timeout'}
	| {kind: 'gather'; workers: Worker[]; returnExceptions: boolean}
	| {kind: 'taskgroup'; workers: Worker[]}
	| {kind: 'first-completed'; workers: Worker[]};

/**
 * A deadline no generated program comes near: `wait_for` and `timeout` still add their own
 * futures, callbacks and timer handles to the loop (the ordering under test), but never fire.
 */
const unreachedTimeout = '10';

/** Starts the next one to three workers in one of the ways `main` can. */
function chooseLaunch(choices: Choices, remaining: readonly Worker[]): Launch {
	const group = remaining.slice(0, choices.int(1, Math.min(3, remaining.length)));
	const roll = choices.int(0, 4);
	if (roll === 0) return {kind: 'task', workers: group};
	if (roll === 1) return {kind: 'await', workers: group.slice(0, 1), via: choices.pick(['direct', 'direct', 'wait_for', 'timeout'] as const)};
	// A failing member would cancel its siblings, and a cancelled worker may never set the event a
	// later worker waits for: TaskGroups only get workers that succeed.
	if (roll === 2 && group.every(worker => !worker.fails)) return {kind: 'taskgroup', workers: group};
	if (roll === 3) return {kind: 'first-completed', workers: group};
	return {kind: 'gather', workers: group, returnExceptions: choices.chance(0.5)};
}

function composeMain(composer: Composer, workers: readonly Worker[]): string[] {
	const {choices} = composer;
	const lines: string[] = [];
	const pendingTasks: Worker[] = [];
	const laterFutures: string[] = [];
	const call = (worker: Worker): string => `w${worker.index}(${worker.index + 1})`;

	let next = 0;
	while (next < workers.length) {
		const launch = chooseLaunch(choices, workers.slice(next));
		next += launch.workers.length;
		lines.push(...mainInterlude(composer, laterFutures));
		if (launch.kind === 'task') {
			for (const worker of launch.workers) {
				lines.push(`t${worker.index} = asyncio.create_task(${call(worker)})`);
				pendingTasks.push(worker);
			}
		} else if (launch.kind === 'await') {
			const worker = launch.workers[0]!;
			const awaited =
				launch.via === 'direct'
					? [`print("main awaited", await ${call(worker)})`]
					: launch.via === 'wait_for'
						? [`print("main awaited", await asyncio.wait_for(${call(worker)}, timeout=${unreachedTimeout}))`]
						: [`async with asyncio.timeout(${unreachedTimeout}):`, ...indent([`print("main awaited", await ${call(worker)})`])];
			lines.push(...guarded(worker.fails, awaited));
		} else if (launch.kind === 'taskgroup') {
			const body = launch.workers.map(worker => `t${worker.index} = tg.create_task(${call(worker)})`);
			lines.push('async with asyncio.TaskGroup() as tg:', ...indent(body));
			lines.push(`print("main grouped", [${launch.workers.map(worker => `t${worker.index}.result()`).join(', ')}])`);
		} else if (launch.kind === 'first-completed') {
			lines.push(`tasks = [${launch.workers.map(worker => `asyncio.create_task(${call(worker)})`).join(', ')}]`);
			lines.push('done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)');
			lines.push('print("main first completed", len(done), len(pending), [tasks.index(t) for t in tasks if t in done])');
			lines.push('results = await asyncio.gather(*tasks, return_exceptions=True)');
			lines.push('print("main rest", [r if isinstance(r, str) else repr(r) for r in results])');
		} else {
			const anyFails = launch.workers.some(worker => worker.fails);
			const gather = `await asyncio.gather(${launch.workers.map(call).join(', ')}${launch.returnExceptions ? ', return_exceptions=True' : ''})`;
			if (launch.returnExceptions) {
				lines.push(`results = ${gather}`, 'print("main gathered", [r if isinstance(r, str) else repr(r) for r in results])');
			} else {
				lines.push(...guarded(anyFails, [`print("main gathered", ${gather})`]));
				// When a member fails, gather raises at once and the others keep running as orphan
				// tasks; wait for them so the program's end does not depend on shutdown cancellation.
				if (anyFails) lines.push('await asyncio.gather(*[t for t in asyncio.all_tasks() if t is not asyncio.current_task()], return_exceptions=True)');
			}
		}
	}
	lines.push(...mainInterlude(composer, laterFutures));

	if (pendingTasks.length > 0) {
		const names = pendingTasks.map(worker => `t${worker.index}`).join(', ');
		const roll = choices.int(0, 2);
		if (roll === 0) {
			lines.push(`results = await asyncio.gather(${names}, return_exceptions=True)`);
			lines.push('print("main joined", [r if isinstance(r, str) else repr(r) for r in results])');
		} else if (roll === 1) {
			lines.push(`done, pending = await asyncio.wait([${names}])`);
			lines.push(`print("main waited", len(done), len(pending), [repr(t.exception()) if t.exception() else t.result() for t in [${names}]])`);
		} else {
			for (const worker of pendingTasks) lines.push(...guarded(worker.fails, [`print("main joined", await t${worker.index})`]));
		}
	}
	for (const future of laterFutures) lines.push(`print("main later", await ${future})`);
	lines.push('print("main end")');
	return lines;
}

/** A few statements `main` runs between launches: prints, sleep(0), call_soon, call_later futures. */
function mainInterlude(composer: Composer, laterFutures: string[]): string[] {
	const {choices} = composer;
	const lines: string[] = [];
	const count = choices.int(0, 2);
	for (let index = 0; index < count; index++) {
		const roll = choices.int(0, 5);
		if (roll <= 1) lines.push(`print("${composer.label('main')}")`);
		else if (roll === 2) lines.push('await asyncio.sleep(0)');
		else if (roll === 3) {
			composer.usesLoop = true;
			lines.push(`loop.call_soon(print, "${composer.label('main')} soon")`);
		} else if (roll === 4) {
			const delay = composer.takeDelay();
			if (delay === undefined) continue;
			composer.usesLoop = true;
			const future = `later${laterFutures.length}`;
			laterFutures.push(future);
			lines.push(`${future} = loop.create_future()`, `loop.call_later(${delay}, ${future}.set_result, "${future} fired")`);
		} else {
			lines.push(`print("main sees", len(asyncio.all_tasks()), "tasks")`);
		}
	}
	return lines;
}

function guarded(mayFail: boolean, body: readonly string[]): string[] {
	if (!mayFail) return [...body];
	return ['try:', ...indent(body), 'except ValueError as error:', ...indent(['print("main caught", repr(error))'])];
}

/** The Python source of the program for `seed`. */
export function generatePythonProgram(seed: number): string {
	const composer = new Composer(seed);
	const workerCount = composer.choices.int(2, 5);
	const workers = Array.from({length: workerCount}, (_, index) => composeWorker(composer, index));
	const mainBody = composeMain(composer, workers);

	const lines = ['import asyncio', ''];
	for (const worker of workers) {
		lines.push(...worker.helpers);
		lines.push(`async def w${worker.index}(arg):`, ...indent(worker.body), '');
	}
	const setup: string[] = [];
	if (composer.usesLoop) setup.push('loop = asyncio.get_running_loop()');
	for (const event of composer.events) setup.push(`global ${event.name}`, `${event.name} = asyncio.Event()`);
	if (composer.queuePuts.length > 0) setup.push('global q', 'q = asyncio.Queue()');
	if (composer.usesLock) setup.push('global lock', 'lock = asyncio.Lock()');
	lines.push('async def main():', ...indent([...setup, ...mainBody]), '', 'asyncio.run(main())', '');
	return lines.join('\n');
}
