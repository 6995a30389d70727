import {describe, expect, it} from 'vitest';
import {runLoopstep, runNode} from './run-program.js';

/**
 * The ordering rules of Node's loop, each checked against the real `node` on this machine.
 * The invariant each program exercises is stated beside it.
 */
const programs: Record<string, {source: string; extension?: '.js' | '.mjs'}> = {
	// The main script runs to completion before any queued callback (it is the first macrotask).
	'main script first': {source: `setTimeout(() => console.log('timeout'), 0); Promise.resolve().then(() => console.log('promise')); console.log('sync');`},
	// nextTick queue: drained completely before the microtask queue after every macrotask (processTicksAndRejections).
	'nextTick before promise jobs': {
		source: `Promise.resolve().then(() => { console.log('p1'); process.nextTick(() => console.log('tick-in-p1')); }).then(() => console.log('p2'));
process.nextTick(() => console.log('tick1')); queueMicrotask(() => console.log('qm'));`,
	},
	// Microtask queue: FIFO, and jobs queued while draining run in the same drain, before any timer.
	'microtasks queued during the drain run before timers': {
		source: `setTimeout(() => console.log('timer'), 0);
Promise.resolve().then(() => { console.log('a'); Promise.resolve().then(() => console.log('c')); }); Promise.resolve().then(() => console.log('b'));`,
	},
	// Timers: due-time order, equal due times in creation order; ticks and microtasks drain after each callback.
	'timers in due order with microtasks between': {
		source: `setTimeout(() => { console.log('to1'); process.nextTick(() => console.log('to1-tick')); Promise.resolve().then(() => console.log('to1-p')); }, 0);
setTimeout(() => console.log('to2'), 0); setTimeout(() => console.log('late'), 20); setTimeout(() => console.log('early'), 10);`,
	},
	// setInterval re-arms after each run until cleared.
	'interval until cleared': {source: `let n = 0; const id = setInterval(() => { console.log('tick', ++n); if (n === 3) clearInterval(id); }, 5);`},
	// Check phase: inside a timer callback an immediate always runs before a new 0 ms timer.
	'immediate before timeout inside a timer': {source: `setTimeout(() => { setTimeout(() => console.log('timeout'), 0); setImmediate(() => console.log('immediate')); }, 1);`},
	// An immediate queued during the check phase waits for the next iteration.
	'immediate queued in check phase waits': {
		source: `setImmediate(() => { console.log('i1'); setImmediate(() => console.log('i3')); Promise.resolve().then(() => console.log('i1-p')); }); setImmediate(() => console.log('i2'));`,
	},
	// Promises (§27.2): await of a native promise costs one job; an async function returning a promise two extra jobs.
	'async return of a promise costs two jobs': {
		source: `async function a() { return Promise.resolve(1); } async function b() { return 1; }
a().then(() => console.log('a')); b().then(() => console.log('b'));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));`,
	},
	// Resolving with a thenable queues NewPromiseResolveThenableJob before the thenable's then runs.
	'thenable resolution takes an extra job': {
		source: `const thenable = { then(resolve) { console.log('then called'); resolve('v'); } };
Promise.resolve(thenable).then(v => console.log('resolved', v)); Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2'));`,
	},
	// Combinators call C.resolve(x).then(...) per element, in order.
	'combinators': {
		source: `Promise.all([1, Promise.resolve(2)]).then(v => console.log('all', v.join()));
Promise.race([new Promise(r => setTimeout(() => r('slow'), 10)), Promise.resolve('fast')]).then(v => console.log('race', v));
Promise.allSettled([Promise.reject(new Error('x')), 1]).then(r => console.log(r.map(e => e.status).join()));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => console.log(e.constructor.name, e.errors.join()));`,
	},
	// ES modules: top-level promise jobs run before nextTicks; top-level await waits for the loop.
	'module microtasks before ticks': {
		source: `Promise.resolve().then(() => console.log('p')); process.nextTick(() => console.log('tick'));
const v = await new Promise(r => setTimeout(() => r(5), 5)); console.log('after await', v);`,
		extension: '.mjs',
	},
	// Unhandled rejection: reported after the microtask queue drains; the process exits 1 and later timers never run.
	'unhandled rejection exits 1': {source: `setTimeout(() => console.log('never'), 10); Promise.reject(new Error('boom')); console.log('sync');`},
	// process.exit ends at once; exitCode is the exit status otherwise.
	'process.exitCode': {source: `process.on('exit', c => console.log('exit', c)); process.exitCode = 3; setTimeout(() => console.log('t'), 1);`},
	// EventEmitter.emit calls listeners synchronously, before any queued job.
	'events emit is synchronous': {
		source: `const {EventEmitter} = require('events'); const e = new EventEmitter();
e.on('go', v => console.log('listener', v)); Promise.resolve().then(() => console.log('job')); e.emit('go', 1); console.log('after emit');`,
	},
	// A busy-wait on Date.now() ends and delays the timer behind it.
	'busy wait delays timers': {
		source: `const start = Date.now(); setTimeout(() => console.log('timer', Date.now() - start >= 50), 10);
while (Date.now() - start < 50) {} console.log('done waiting');`,
	},
};

describe('event loop ordering matches node', () => {
	it.each(Object.keys(programs))('%s', name => {
		const {source, extension = '.js'} = programs[name]!;
		expect(runLoopstep(source, extension)).toEqual(runNode(source, extension));
	});
});
