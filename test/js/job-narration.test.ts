import {describe, expect, it} from 'vitest';
import {simulate} from './run-program.js';

/** The narrations the loop builds from a job's kind and label (interned once per pair, see pair-narrations.ts). */
describe('job narrations', () => {
	const plan = simulate(`const add = n => n + 1;
let p = Promise.resolve(0);
for (let i = 0; i < 3; i++) p = p.then(add);
p.then(() => Promise.resolve('x'));
setTimeout(function later() {}, 1);
setImmediate(() => {});
process.nextTick(() => {});
`);
	const narrations = Array.from({length: plan.length}, (_, i) => plan.narrationAt(i));

	it('names each queued promise job and the callback it will run', () => {
		expect(narrations.filter(text => text === 'A PromiseReactionJob is queued on the microtask queue: n => n + 1')).toHaveLength(3);
		expect(narrations).toContain('A NewPromiseResolveThenableJob is queued on the microtask queue: promise.then(resolve, reject)');
	});

	it('says which job of which kind the loop runs, in each queue', () => {
		expect(narrations.filter(text => text === 'The loop runs the next microtask (PromiseReactionJob): n => n + 1')).toHaveLength(3);
		expect(narrations).toContain('The loop runs the next microtask (NewPromiseResolveThenableJob (the value is a thenable, so resolving it costs an extra job)): promise.then(resolve, reject)');
		expect(narrations).toContain('The stack is empty, so the timers phase runs the next due timeout: function later() {}');
		expect(narrations).toContain('The stack is empty, so the check phase runs the next immediate: () => {}');
		expect(narrations).toContain('The loop runs the next nextTick callback: () => {}');
	});
});
