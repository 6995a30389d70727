import {describe, expect, it} from 'vitest';
import {runLoopstep, runNode} from './run-program.js';

/** Delegation, async-from-sync iteration and iterator previews, each compared with the real `node`. */
const ticks = `for (let i = 1; i <= 8; i++) Promise.resolve().then(() => console.log('job', i));\n`;
const programs: Record<string, string> = {
	'return() through yield* runs the inner finally first': `function* inner() { try { yield 1; } finally { console.log('inner finally'); } }
function* outer() { try { yield* inner(); } finally { console.log('outer finally'); } }
const g = outer(); console.log(g.next(), g.return('r'), g.next());`,
	'an inner finally that yields keeps the outer generator in yield*': `function* inner() { try { yield 1; } finally { yield 'cleanup'; console.log('resumed'); } }
function* outer() { const r = yield* inner(); console.log('not reached', r); }
const g = outer(); console.log(g.next(), g.return('r'), g.next(), g.next());`,
	'an inner return() that throws leaves yield* as a catchable error': `const it = {[Symbol.iterator]: () => ({next: () => ({value: 1, done: false}), return() { throw new Error('boom'); }})};
function* outer() { try { yield* it; } catch (e) { console.log('caught', e.message); } }
const g = outer(); g.next(); console.log(g.return(0));`,
	'async generator return() through yield*, with job order': `async function* inner() { try { yield 1; } finally { console.log('inner finally'); } }
async function* outer() { try { yield* inner(); } finally { console.log('outer finally'); } }
(async () => { const g = outer(); console.log(await g.next()); console.log(await g.return('r')); })();
${ticks}`,
	'yield* over a sync iterable in an async generator awaits each value': `async function* g() { const r = yield* [Promise.resolve(1), 2]; console.log('r', r); }
(async () => { for await (const v of g()) console.log('v', v); })();
${ticks}`,
	'for await over a sync iterable costs two jobs per value and closes the iterator': `function* letters() { try { yield Promise.resolve('a'); yield 'b'; } finally { console.log('closed'); } }
(async () => { for await (const l of letters()) { console.log(l); if (l === 'b') break; } })();
${ticks}`,
	'for await closes an async iterator when the body throws': `const it = {[Symbol.asyncIterator]: () => ({next: async () => ({value: 1, done: false}), return: async () => (console.log('return called'), {done: true})})};
(async () => { try { for await (const v of it) throw new Error('body'); } catch (e) { console.log('caught', e.message); } })();
${ticks}`,
	'Map and Set iterators preview what they have left': `const m = new Map([['a', 1], ['b', 2]]); const k = m.keys(); k.next();
console.log(k, m.entries(), new Set([1, 2]).entries(), [m.values()]); k.next(); k.next(); console.log(k);`,
	'sloppy functions own arguments and caller; strict ones reach the throwing accessors': `function f() {} console.log(Object.getOwnPropertyNames(f), f.arguments, 'caller' in (() => 1));
try { (() => 1).caller; } catch (e) { console.log(e.name); }`,
	'functions under computed keys are named after the key': `const s = Symbol('sym'); const o = {[s]: () => 1, ['a' + 'b']: function () {}, [s.description]: class {}}; console.log(o, o[s].name, o.ab.name, o.sym.name);`,
	'an error whose stack the program replaced prints that stack': `const e = new Error('x'); e.stack = 'Error: x'; const t = new TypeError('y'); t.stack = 'custom text'; console.log(e, [e], {t});`,
};

describe('iteration protocols and previews', () => {
	for (const [name, source] of Object.entries(programs)) {
		it(name, () => {
			expect(runLoopstep(source)).toEqual(runNode(source));
		});
	}
});
