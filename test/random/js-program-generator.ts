import {SeededRandom} from './js-seeded-random.js';

/**
 * Seeded generator of small asynchronous Node programs that nest timers, immediates, nextTicks,
 * microtasks, promise chains, async functions and combinators, each step printing a unique label.
 *
 * Every program must print the same thing on every real `node` run, so timing races are designed
 * out rather than hoped away:
 * - Each timer fires in its own time slot, `slotMs` apart from every other timer; a timer's delay
 *   is its slot minus the slot of the macrotask creating it. No two timers share a due time, so
 *   neither the creation order of equal-due timers nor a late loop can reorder them.
 * - An immediate runs in the check phase right after the macrotask that queued it; the next timer
 *   is at least one slot away, so `setTimeout(f, 0)`-versus-`setImmediate` races cannot happen.
 * - Node 20 drains the first nextTicks and microtasks only some milliseconds after a CommonJS main
 *   script ends (the end of its bootstrap: 15-45 ms on a loaded machine). Timers created by that
 *   first drain are therefore shifted against timers created by the main script itself. Slots are
 *   counted from that first drain, and the main script sits half a slot before it (`mainScriptTime`),
 *   so its timers get delays of 60, 100, 140 ms: a shift of up to 1.5 slots keeps every order.
 * - All rejections are handled, except the rare deliberate fatal ending (uncaught throw in a
 *   timer, unhandled rejection, `process.exit`), whose place in the output is deterministic.
 *
 * A heavily loaded machine can still stall a process for longer than a slot; the tests then rerun
 * node and accept loopstep's output only if node itself printed it (see js-real-node-runs.ts).
 */
const slotMs = 40;
const mainScriptTime = -0.5;
const maxTimers = 8;
const maxDepth = 3;
const statementBudget = 28;

/** Where generated code runs: the slot of its macrotask, and whether `await` is allowed. */
interface Scope {
	time: number;
	readonly async: boolean;
	readonly depth: number;
}

/** A promise expression and when (slot) and how it settles. */
interface PromiseShape {
	readonly code: string;
	readonly time: number;
	readonly rejects: boolean;
}

type StatementKind =
	| 'log'
	| 'timeout'
	| 'immediate'
	| 'nextTick'
	| 'microtask'
	| 'chain'
	| 'asyncCall'
	| 'combinator'
	| 'await'
	| 'interval'
	| 'emitter'
	| 'fatal';

type Combinator = 'all' | 'allSettled' | 'race' | 'any';

/** When the callbacks queued at `time` (nextTicks, microtasks, immediates) run, in slots. */
function continuationTime(time: number): number {
	return Math.max(time, 0);
}

function indent(lines: readonly string[]): string[] {
	return lines.map(line => `\t${line}`);
}

class ProgramGenerator {
	private labelCount = 0;
	private variableCount = 0;
	private readonly usedSlots = new Set<number>();
	private statements = 0;
	private fatalUsed = false;
	/** The simulated modules the program ended up using, to require at its top. */
	private usesEvents = false;
	private usesTimersPromises = false;

	constructor(private readonly random: SeededRandom) {}

	program(): string {
		const main: Scope = {time: mainScriptTime, async: false, depth: 0};
		// The first console.log sets up process.stdout, which can take tens of milliseconds on a
		// loaded machine: done first, it cannot stall the main script between two timers.
		const lines = [`console.log('main start');`];
		if (this.random.chance(0.05)) {
			this.fatalUsed = true;
			lines.push(`process.exitCode = ${this.random.int(2, 9)};`);
		}
		lines.push(...this.block(main, this.random.int(2, 5)));
		lines.push(`console.log('${this.label('main end')}');`);
		const requires = [
			...(this.usesEvents ? [`const EventEmitter = require('events');`] : []),
			...(this.usesTimersPromises ? [`const { setTimeout: sleep, setImmediate: nextCheck } = require('timers/promises');`] : []),
		];
		return `${[...requires, ...lines].join('\n')}\n`;
	}

	private label(kind: string): string {
		this.labelCount++;
		return `${kind} ${this.labelCount}`;
	}

	private variable(name = 'value'): string {
		this.variableCount++;
		return `${name}${this.variableCount}`;
	}

	private block(scope: Scope, count: number): string[] {
		const lines: string[] = [];
		for (let index = 0; index < count; index++) lines.push(...this.statement(scope));
		return lines;
	}

	/** A callback body: a first log revealing when it runs, then nested statements. */
	private body(scope: Scope, kind: string): string[] {
		return [`console.log('${this.label(kind)}');`, ...this.block(scope, this.random.int(0, 2))];
	}

	private freeSlot(time: number): number | undefined {
		if (this.usedSlots.size >= maxTimers) return undefined;
		const candidates = [1, 2, 3].map(step => Math.floor(time) + step).filter(slot => slot >= 1 && !this.usedSlots.has(slot));
		if (candidates.length === 0) return undefined;
		const slot = this.random.pick(candidates);
		this.usedSlots.add(slot);
		return slot;
	}

	private delay(scope: Scope, slot: number): number {
		return (slot - scope.time) * slotMs;
	}

	private statement(scope: Scope): string[] {
		this.statements++;
		const nested = scope.depth < maxDepth && this.statements < statementBudget;
		const choices: Array<readonly [StatementKind, number]> = [['log', nested ? 2 : 1]];
		if (nested) {
			choices.push(['timeout', 3], ['immediate', 2], ['nextTick', 2], ['microtask', 1], ['chain', 3], ['asyncCall', 2], ['combinator', 2]);
		}
		if (nested && scope.time >= 0) choices.push(['interval', 1]);
		if (nested) choices.push(['emitter', 1]);
		if (scope.async) choices.push(['await', 4]);
		if (!this.fatalUsed && !scope.async && scope.time > 0) choices.push(['fatal', 0.15]);
		switch (this.random.weighted(choices)) {
			case 'log':
				return [`console.log('${this.label('log')}');`];
			case 'timeout':
				return this.timeout(scope);
			case 'immediate':
				return this.callback(scope, 'setImmediate', 'immediate');
			case 'nextTick':
				return this.callback(scope, 'process.nextTick', 'tick');
			case 'microtask':
				return this.callback(scope, 'queueMicrotask', 'microtask');
			case 'chain':
				return this.chain(scope);
			case 'asyncCall':
				return this.asyncCall(scope);
			case 'combinator':
				return this.combinator(scope);
			case 'interval':
				return this.interval(scope);
			case 'emitter':
				return this.emitter(scope);
			case 'await':
				return this.awaitStatement(scope);
			case 'fatal':
				return this.fatal();
		}
	}

	private timeout(scope: Scope): string[] {
		const slot = this.freeSlot(scope.time);
		if (slot === undefined) return [`console.log('${this.label('log')}');`];
		const inner: Scope = {time: slot, async: this.random.chance(0.2), depth: scope.depth + 1};
		const head = inner.async ? 'async () => {' : '() => {';
		return [`setTimeout(${head}`, ...indent(this.body(inner, 'timeout')), `}, ${this.delay(scope, slot)});`];
	}

	/**
	 * An interval that runs twice and clears itself. It re-arms from the start of each run, so its
	 * runs take the slots `time + period` and `time + 2 * period`; both must be free.
	 */
	private interval(scope: Scope): string[] {
		const period = this.random.int(1, 2);
		const slots = [scope.time + period, scope.time + 2 * period];
		if (this.usedSlots.size + 2 > maxTimers || slots.some(slot => this.usedSlots.has(slot))) {
			return [`console.log('${this.label('log')}');`];
		}
		for (const slot of slots) this.usedSlots.add(slot);
		const runs = this.variable('runs');
		const handle = this.variable('interval');
		const label = this.label('interval');
		return [
			`let ${runs} = 0;`,
			`const ${handle} = setInterval(() => {`,
			`	${runs}++;`,
			`	console.log('${label} run', ${runs});`,
			`	Promise.resolve().then(() => console.log('${this.label('interval microtask')}', ${runs}));`,
			`	if (${runs} === 2) clearInterval(${handle});`,
			`}, ${period * slotMs});`,
		];
	}

	/** An EventEmitter whose listeners run synchronously inside `emit`, so at the emitter's time. */
	private emitter(scope: Scope): string[] {
		this.usesEvents = true;
		const emitter = this.variable('emitter');
		const inner: Scope = {time: scope.time, async: false, depth: scope.depth + 1};
		const register = this.random.pick(['on', 'once']);
		const listener = [`console.log('${this.label(`listener (${register})`)}', payload);`, ...this.block(inner, this.random.int(0, 1))];
		const lines = [
			`const ${emitter} = new EventEmitter();`,
			`${emitter}.${register}('ping', payload => {`,
			...indent(listener),
			'});',
			`${emitter}.on('ping', payload => console.log('${this.label('second listener')}', payload));`,
			`console.log('${this.label('emit returned')}', ${emitter}.emit('ping', '${this.label('payload')}'));`,
		];
		// A second emit runs an `on` listener again: a timer in it would share its due slot with its twin,
		// and real node splits such twins by whichever millisecond each was armed in.
		const repeatable = register === 'once' || !listener.some(line => /set(Timeout|Interval)\(/.test(line));
		if (this.random.chance(0.5) && repeatable) lines.push(`console.log('${this.label('emit again returned')}', ${emitter}.emit('ping', '${this.label('payload')}'));`);
		return lines;
	}

	private callback(scope: Scope, schedule: string, kind: string): string[] {
		const inner: Scope = {time: continuationTime(scope.time), async: false, depth: scope.depth + 1};
		return [`${schedule}(() => {`, ...indent(this.body(inner, kind)), '});'];
	}

	/** `Promise.resolve(x).then(...).catch(...).finally(...)`, tracking when each link runs. */
	private chain(scope: Scope): string[] {
		let rejects = this.random.chance(0.2);
		let time = continuationTime(scope.time);
		const lines = [rejects ? `Promise.reject(new Error('${this.label('reason')}'))` : `Promise.resolve('${this.label('value')}')`];
		const links = this.random.int(1, 3);
		for (let link = 0; link < links; link++) {
			const inner: Scope = {time, async: false, depth: scope.depth + 1};
			const kind = this.random.weighted<'then' | 'catch' | 'finally'>(
				rejects
					? [['then', 1], ['catch', 4], ['finally', 1]]
					: [['then', 5], ['catch', 1], ['finally', 1]],
			);
			if (kind === 'finally') {
				lines.push('\t.finally(() => {', ...indent(indent(this.body(inner, 'finally'))), '\t})');
				continue;
			}
			const parameter = kind === 'then' ? 'value' : 'error';
			const runs = (kind === 'then') !== rejects;
			const shown = kind === 'then' ? 'value' : 'error.message';
			const calls = [`console.log('${this.label(kind)}', ${shown});`];
			if (runs) {
				calls.push(...this.block(inner, this.random.int(0, 2)));
				const outcome = this.linkResult(inner);
				calls.push(...outcome.lines);
				time = outcome.time;
				rejects = outcome.rejects;
			}
			lines.push(`\t.${kind}(${parameter} => {`, ...indent(indent(calls)), '\t})');
		}
		if (rejects) lines.push(`\t.catch(error => console.log('${this.label('catch')}', error.message))`);
		lines[lines.length - 1] += ';';
		return lines;
	}

	/** What a then/catch callback returns: nothing, a value, a promise, a thenable, a timer promise, or a throw. */
	private linkResult(scope: Scope): {lines: string[]; time: number; rejects: boolean} {
		const choice = this.random.weighted<'none' | 'value' | 'promise' | 'thenable' | 'timer' | 'throw'>([
			['none', 2],
			['value', 3],
			['promise', 2],
			['thenable', 1],
			['timer', 1],
			['throw', 1],
		]);
		switch (choice) {
			case 'none':
				return {lines: [], time: scope.time, rejects: false};
			case 'value':
				return {lines: [`return '${this.label('returned')}';`], time: scope.time, rejects: false};
			case 'promise':
				return {lines: [`return Promise.resolve('${this.label('returned promise')}');`], time: scope.time, rejects: false};
			case 'thenable':
				return {
					lines: [`return { then(resolve) { resolve('${this.label('thenable')}'); } };`],
					time: scope.time,
					rejects: false,
				};
			case 'timer': {
				const slot = this.freeSlot(scope.time);
				if (slot === undefined) return {lines: [], time: scope.time, rejects: false};
				return {
					lines: [`return new Promise(resolve => setTimeout(() => resolve('${this.label('timer value')}'), ${this.delay(scope, slot)}));`],
					time: slot,
					rejects: false,
				};
			}
			case 'throw':
				return {lines: [`throw new Error('${this.label('thrown')}');`], time: scope.time, rejects: true};
		}
	}

	/** An async arrow called at once; awaited by the caller when the caller is async. */
	private asyncCall(scope: Scope): string[] {
		const inner: Scope = {time: scope.time, async: true, depth: scope.depth + 1};
		const start = this.label('async');
		const lines = [`console.log('${start} start');`, ...this.block(inner, this.random.int(1, 3))];
		const returned = this.random.weighted<'none' | 'value' | 'promise' | 'thenable'>([
			['none', 1],
			['value', 2],
			['promise', 1],
			['thenable', 0.5],
		]);
		if (returned === 'value') lines.push(`return '${start} result';`);
		if (returned === 'promise') lines.push(`return Promise.resolve('${start} result');`);
		if (returned === 'thenable') lines.push(`return { then(resolve) { resolve('${start} thenable result'); } };`);
		if (scope.async && this.random.chance(0.5)) {
			const name = this.variable();
			scope.time = continuationTime(inner.time);
			return [
				`const ${name} = await (async () => {`,
				...indent(lines),
				'})();',
				`console.log('${this.label('awaited')}', ${name});`,
			];
		}
		return ['(async () => {', ...indent(lines), `})().then(value => console.log('${this.label('resolved')}', value));`];
	}

	private promiseShape(scope: Scope): PromiseShape {
		const kind = this.random.weighted<'resolved' | 'rejected' | 'timer' | 'timerReject' | 'async' | 'plain' | 'thenable' | 'adopting'>([
			['resolved', 3],
			['rejected', 1],
			['timer', 3],
			['timerReject', 1],
			['async', 2],
			['plain', 1],
			['thenable', 1],
			['adopting', 1],
		]);
		const now = (code: string, rejects = false): PromiseShape => ({code, time: continuationTime(scope.time), rejects});
		if (kind === 'timer' || kind === 'timerReject') {
			const slot = this.freeSlot(scope.time);
			if (slot !== undefined) {
				const delay = this.delay(scope, slot);
				const code =
					kind === 'timer'
						? `new Promise(resolve => setTimeout(() => resolve('${this.label('timer value')}'), ${delay}))`
						: `new Promise((resolve, reject) => setTimeout(() => reject(new Error('${this.label('timer reason')}')), ${delay}))`;
				return {code, time: slot, rejects: kind === 'timerReject'};
			}
		}
		switch (kind) {
			case 'rejected':
				return now(`Promise.reject(new Error('${this.label('reason')}'))`, true);
			case 'async':
				return now(`(async () => { await null; return '${this.label('async value')}'; })()`);
			case 'plain':
				return now(`'${this.label('plain')}'`);
			case 'thenable':
				return now(`{ then(resolve) { resolve('${this.label('thenable')}'); } }`);
			case 'adopting':
				return now(`new Promise(resolve => resolve(Promise.resolve('${this.label('adopted')}')))`);
			default:
				return now(`Promise.resolve('${this.label('value')}')`);
		}
	}

	/** When a combinator over `shapes` settles, and whether it rejects (ECMA-262 §27.2.4). */
	private settleOf(combinator: Combinator, shapes: readonly PromiseShape[], now: number): {time: number; rejects: boolean} {
		const fulfilled = shapes.filter(shape => !shape.rejects).map(shape => shape.time);
		const rejected = shapes.filter(shape => shape.rejects).map(shape => shape.time);
		const all = shapes.map(shape => shape.time);
		const latest = Math.max(now, ...all);
		switch (combinator) {
			case 'all':
				return rejected.length > 0 ? {time: Math.min(...rejected), rejects: true} : {time: latest, rejects: false};
			case 'allSettled':
				return {time: latest, rejects: false};
			case 'race':
				return {time: Math.min(...all), rejects: true};
			case 'any':
				return fulfilled.length > 0 ? {time: Math.min(...fulfilled), rejects: false} : {time: latest, rejects: true};
		}
	}

	private combinatorCall(scope: Scope): {call: string; combinator: Combinator; time: number; rejects: boolean} {
		const combinator = this.random.pick<Combinator>(['all', 'allSettled', 'race', 'any']);
		const shapes = Array.from({length: this.random.int(1, 3)}, () => this.promiseShape(scope));
		const settled = this.settleOf(combinator, shapes, continuationTime(scope.time));
		const call = `Promise.${combinator}([${shapes.map(shape => shape.code).join(', ')}])`;
		return {call, combinator, ...settled};
	}

	private static shown(combinator: Combinator, name: string): string {
		return combinator === 'allSettled' ? `${name}.map(result => result.status)` : name;
	}

	private combinator(scope: Scope): string[] {
		const {call, combinator, time, rejects} = this.combinatorCall(scope);
		const inner: Scope = {time, async: false, depth: scope.depth + 1};
		const onFulfilled = [
			`console.log('${this.label(combinator)}', ${ProgramGenerator.shown(combinator, 'value')});`,
			...(rejects ? [] : this.block(inner, this.random.int(0, 1))),
		];
		return [
			`${call}.then(`,
			'\tvalue => {',
			...indent(indent(onFulfilled)),
			'\t},',
			`\terror => console.log('${this.label(`${combinator} rejected`)}', error.message),`,
			');',
		];
	}

	private awaitStatement(scope: Scope): string[] {
		const before = scope.time;
		scope.time = continuationTime(before);
		const kind = this.random.weighted<'null' | 'value' | 'thenable' | 'sleep' | 'timersPromise' | 'nextCheck' | 'tryReject' | 'combinator' | 'loop'>([
			['null', 3],
			['value', 2],
			['thenable', 1],
			['sleep', 2],
			['tryReject', 1],
			['combinator', 2],
			['loop', 1],
			['timersPromise', 1],
			['nextCheck', 1],
		]);
		switch (kind) {
			case 'null':
				return ['await null;', `console.log('${this.label('after await null')}');`];
			case 'value':
				return [`console.log('${this.label('awaited')}', await Promise.resolve('${this.label('value')}'));`];
			case 'thenable':
				return [`console.log('${this.label('awaited')}', await { then(resolve) { resolve('${this.label('thenable')}'); } });`];
			case 'sleep': {
				const slot = this.freeSlot(before);
				if (slot === undefined) return ['await null;', `console.log('${this.label('after await null')}');`];
				const lines = [
					`await new Promise(resolve => setTimeout(resolve, ${this.delay({...scope, time: before}, slot)}));`,
					`console.log('${this.label('after sleep')}');`,
				];
				scope.time = slot;
				return lines;
			}
			case 'tryReject':
				return [
					'try {',
					`\tawait Promise.reject(new Error('${this.label('reason')}'));`,
					`\tconsole.log('not reached');`,
					'} catch (error) {',
					`\tconsole.log('${this.label('caught')}', error.message);`,
					'}',
				];
			case 'combinator': {
				const {call, combinator, time} = this.combinatorCall({...scope, time: before});
				scope.time = time;
				return [
					'try {',
					`\tconst result = await ${call};`,
					`\tconsole.log('${this.label(`awaited ${combinator}`)}', ${ProgramGenerator.shown(combinator, 'result')});`,
					'} catch (error) {',
					`\tconsole.log('${this.label(`${combinator} caught`)}', error.message);`,
					'}',
				];
			}
			case 'timersPromise': {
				const slot = this.freeSlot(before);
				if (slot === undefined) return ['await null;', `console.log('${this.label('after await null')}');`];
				this.usesTimersPromises = true;
				const delay = this.delay({...scope, time: before}, slot);
				scope.time = slot;
				return [`console.log('${this.label('slept')}', await sleep(${delay}, '${this.label('sleep value')}'));`];
			}
			case 'nextCheck':
				this.usesTimersPromises = true;
				return [`console.log('${this.label('after check phase')}', await nextCheck('${this.label('check value')}'));`];
			case 'loop':
				return ['for (let round = 1; round <= 2; round++) {', '\tawait null;', `\tconsole.log('${this.label('loop')}', round);`, '}'];
		}
	}

	/** A deliberate, deterministic ending: uncaught throw, unhandled rejection or process.exit. */
	private fatal(): string[] {
		this.fatalUsed = true;
		switch (this.random.int(0, 2)) {
			case 0:
				return [`throw new Error('${this.label('uncaught')}');`];
			case 1:
				return [`Promise.reject(new Error('${this.label('unhandled')}'));`];
			default:
				return [`process.exit(${this.random.int(0, 4)});`];
		}
	}
}

/** The program for `seed`; the same seed always gives the same text. */
export function generateJavaScriptProgram(seed: number): string {
	return new ProgramGenerator(new SeededRandom(seed)).program();
}
