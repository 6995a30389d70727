import {describe, expect, it} from 'vitest';
import {caught, create_task, Event, gather, run, sleep, type Task, wait_for} from '../../../source/py/asyncio/index.js';
import {cpython, type FakeException, FakeProgram, hasPython} from './fake-host.js';

/**
 * Seeded random asyncio programs, written once as data and rendered both as Python (run by the real
 * CPython) and as fake-host coroutines (run by this loop); their outputs must be equal. Delays are
 * multiples of 50 ms so the real loop's timing jitter cannot reorder them. Nothing is printed once
 * main returns: asyncio.run then cancels the remaining tasks in `all_tasks()` order, a set ordered
 * by object addresses, which no model can reproduce.
 */
type Op =
	| {readonly op: 'print'}
	| {readonly op: 'sleep'; readonly delay: number}
	| {readonly op: 'spawn'; readonly task: number}
	| {readonly op: 'await'; readonly task: number}
	| {readonly op: 'cancel'; readonly task: number}
	| {readonly op: 'soon'}
	| {readonly op: 'later'; readonly delay: number}
	| {readonly op: 'gather'; readonly tasks: readonly number[]}
	| {readonly op: 'waitfor'; readonly task: number; readonly delay: number}
	| {readonly op: 'set'}
	| {readonly op: 'wait'; readonly delay: number};

type Program = readonly (readonly Op[])[];

const programCount = 200;
const delays = [0, 0, 0.05, 0.1, 0.15];
const timeouts = [0.05, 0.1, 0.2];

function generate(seed: number): Program {
	let state = seed;
	const random = (n: number) => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return Math.floor((state / 2 ** 31) * n);
	};
	const taskCount = 2 + random(4);
	const spawned = new Set<number>();
	const program: Op[][] = [];
	for (let task = 0; task < taskCount; task++) {
		const body: Op[] = [];
		const length = 2 + random(6);
		for (let index = 0; index < length; index++) {
			const choice = random(13);
			const later = task + 1 + random(taskCount);
			if (choice <= 2) body.push({op: 'print'});
			else if (choice <= 4) body.push({op: 'sleep', delay: delays[random(delays.length)]!});
			else if (choice === 5 && later < taskCount && !spawned.has(later)) {
				spawned.add(later);
				body.push({op: 'spawn', task: later});
			} else if (choice === 6) {
				const mine = body.filter(op => op.op === 'spawn').map(op => (op as {task: number}).task);
				if (mine.length > 0) body.push({op: random(2) ? 'await' : 'cancel', task: mine[random(mine.length)]!});
				else body.push({op: 'print'});
			} else if (choice === 7) body.push({op: 'soon'});
			else if (choice === 8) body.push({op: 'later', delay: delays[random(delays.length)]!});
			else if (choice === 9) {
				const mine = body.filter(op => op.op === 'spawn').map(op => (op as {task: number}).task);
				if (mine.length > 1) body.push({op: 'gather', tasks: mine.slice(0, 2)});
				else body.push({op: 'sleep', delay: 0});
			} else if (choice === 10) {
				const mine = body.filter(op => op.op === 'spawn').map(op => (op as {task: number}).task);
				if (mine.length > 0) body.push({op: 'waitfor', task: mine[random(mine.length)]!, delay: timeouts[random(timeouts.length)]!});
				else body.push({op: 'set'});
			} else if (choice === 11) body.push({op: 'set'});
			else body.push({op: 'wait', delay: timeouts[random(timeouts.length)]!});
		}
		program.push(body);
	}
	return program;
}

function toPython(program: Program, index: number): string {
	const lines = [`async def p${index}():`, '    T = {}', '    E = asyncio.Event()', '    loop = asyncio.get_running_loop()'];
	program.forEach((body, task) => {
		lines.push(`    async def t${task}():`, '        try:');
		body.forEach((op, at) => {
			const mark = `'t${task}.${at}'`;
			const indent = '            ';
			switch (op.op) {
				case 'print':
					lines.push(`${indent}P(${mark})`);
					break;
				case 'sleep':
					lines.push(`${indent}await asyncio.sleep(${op.delay})`);
					break;
				case 'spawn':
					lines.push(`${indent}T[${op.task}] = asyncio.create_task(t${op.task}())`);
					break;
				case 'await':
					lines.push(`${indent}try:`, `${indent}    P(${mark}, await T[${op.task}])`, `${indent}except asyncio.CancelledError:`, `${indent}    P(${mark}, 'awaited a cancelled task')`);
					break;
				case 'cancel':
					lines.push(`${indent}P(${mark}, T[${op.task}].cancel())`);
					break;
				case 'soon':
					lines.push(`${indent}loop.call_soon(P, ${mark}, 'soon')`);
					break;
				case 'later':
					lines.push(`${indent}loop.call_later(${op.delay}, P, ${mark}, 'later')`);
					break;
				case 'gather':
					lines.push(`${indent}P(${mark}, await asyncio.gather(${op.tasks.map(t => `T[${t}]`).join(', ')}, return_exceptions=True))`);
					break;
				case 'waitfor':
					lines.push(`${indent}try:`, `${indent}    P(${mark}, await asyncio.wait_for(T[${op.task}], ${op.delay}))`, `${indent}except (TimeoutError, asyncio.CancelledError) as e:`, `${indent}    P(${mark}, type(e).__name__)`);
					break;
				case 'set':
					lines.push(`${indent}E.set()`);
					break;
				case 'wait':
					lines.push(`${indent}try:`, `${indent}    await asyncio.wait_for(E.wait(), ${op.delay})`, `${indent}    P(${mark}, 'event')`, `${indent}except TimeoutError:`, `${indent}    P(${mark}, 'no event')`);
			}
		});
		lines.push(`            return ${task}`, '        except asyncio.CancelledError:', `            P('t${task} cancelled')`, '            raise');
	});
	lines.push('    await t0()', '    S[0] = True', `print('=== ${index}')`, 'S[0] = False', `asyncio.run(p${index}())`);
	return lines.join('\n');
}

function runFake(program: Program, index: number): string[] {
	const p = new FakeProgram();
	const rt = p.runtime;
	p.print(`=== ${index}`);
	let shuttingDown = false;
	const print = (...parts: unknown[]) => {
		if (!shuttingDown) p.print(...parts);
	};
	const tasks = new Map<number, Task>();
	let event: Event | undefined;
	const show = (value: unknown): string => {
		if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
		if (value !== null && typeof value === 'object') return 'CancelledError()';
		return String(value);
	};
	const coroutineOf = (task: number) =>
		p.coro(`t${task}()`, function* () {
			try {
				for (const [at, op] of program[task]!.entries()) {
					const mark = `t${task}.${at}`;
					const loop = rt.get_running_loop();
					switch (op.op) {
						case 'print':
							print(mark);
							break;
						case 'sleep':
							yield* p.await(sleep(rt, op.delay));
							break;
						case 'spawn':
							tasks.set(op.task, create_task(rt, coroutineOf(op.task)));
							break;
						case 'await':
							try {
								print(mark, yield* p.await(tasks.get(op.task)!));
							} catch (error) {
								if ((caught(error) as FakeException).type !== 'CancelledError') throw error;
								print(mark, 'awaited a cancelled task');
							}
							break;
						case 'cancel':
							print(mark, tasks.get(op.task)!.cancel() ? 'True' : 'False');
							break;
						case 'soon':
							loop.call_soon(() => print(mark, 'soon'), {label: `print('${mark}', 'soon')`, line: 0});
							break;
						case 'later':
							loop.call_later(op.delay, () => print(mark, 'later'), {label: `print('${mark}', 'later')`, line: 0});
							break;
						case 'gather':
							print(mark, show(yield* p.await(gather(rt, op.tasks.map(t => tasks.get(t)!), true))));
							break;
						case 'waitfor':
							try {
								print(mark, yield* p.await(wait_for(rt, tasks.get(op.task)!, op.delay)));
							} catch (error) {
								const type = (caught(error) as FakeException).type;
								if (type !== 'TimeoutError' && type !== 'CancelledError') throw error;
								print(mark, type);
							}
							break;
						case 'set':
							event!.set();
							break;
						case 'wait':
							try {
								yield* p.await(wait_for(rt, event!.wait(), op.delay));
								print(mark, 'event');
							} catch (error) {
								if ((caught(error) as FakeException).type !== 'TimeoutError') throw error;
								print(mark, 'no event');
							}
					}
				}
				return task;
			} catch (error) {
				if ((caught(error) as FakeException).type === 'CancelledError') print(`t${task} cancelled`);
				throw error;
			}
		});
	const main = coroutineOf(0);
	try {
		run(rt, p.coro('p()', function* () {
			event = new Event(rt);
			yield* p.await(main);
			shuttingDown = true;
			return null;
		}));
	} catch (error) {
		p.print(`escaped ${(caught(error) as FakeException).type}`);
	}
	return p.stdout;
}

const python = hasPython ? it : it.skip;

describe(`${programCount} seeded random asyncio programs`, () => {
	python('print what CPython prints, in the same order', () => {
		const programs = Array.from({length: programCount}, (_, index) => generate(index * 7919 + 1));
		const source = ['import asyncio', 'S = [False]', 'def P(*a):', '    if not S[0]: print(*a)', ...programs.map((program, index) => `${toPython(program, index)}\n`)].join('\n');
		const expected = cpython(source.replace(/asyncio\.run\((p\d+)\(\)\)/g, 'try:\n    asyncio.run($1())\nexcept asyncio.CancelledError:\n    print("escaped CancelledError")'))!;
		const actual = programs.flatMap((program, index) => runFake(program, index));
		const split = (lines: string[]) => {
			const byProgram: string[][] = [];
			for (const line of lines) if (line.startsWith('=== ')) byProgram.push([line]); else byProgram.at(-1)!.push(line);
			return byProgram;
		};
		const mismatched = split(actual)
			.map((lines, index) => ({index, lines, expected: split(expected)[index]}))
			.filter(entry => JSON.stringify(entry.lines) !== JSON.stringify(entry.expected));
		expect(mismatched.map(entry => ({program: toPython(programs[entry.index]!, entry.index), ours: entry.lines, cpython: entry.expected}))).toEqual([]);
	}, 120_000);
});
