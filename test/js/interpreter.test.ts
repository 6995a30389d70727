import {describe, expect, it} from 'vitest';
import {runLoopstep, runNode} from './run-program.js';

/** The language subset on small programs, each compared with what the real `node` prints. */
const programs: Record<string, string> = {
	'closures and hoisting': `console.log(f()); function f() { return 'hoisted'; }
const counters = []; for (let i = 0; i < 3; i++) counters.push(() => i); console.log(counters.map(c => c()).join());
var fs = []; for (var j = 0; j < 3; j++) fs.push(() => j); console.log(fs.map(c => c()).join());`,
	'temporal dead zone': `try { console.log(x); let x = 1; } catch (e) { console.log(e.name, e.message); }`,
	'default, rest and arguments': `function f(a, b = a * 2, ...rest) { return [a, b, rest.length, arguments.length]; } console.log(f(1), f(1, 5, 6, 7));`,
	'destructuring and spread': `const {a, b: {c = 3} = {}, ...others} = {a: 1, d: 4, e: 5}; const [x, , y = 9, ...z] = [1, 2, undefined, 4, 5];
console.log(a, c, others, x, y, z, [...'abc'], {...{p: 1}, q: 2}, Math.max(...[3, 7, 1]));`,
	'classes': `class Animal { #sound; static count = 0; constructor(s) { this.#sound = s; Animal.count++; } speak() { return this.#sound; } get loud() { return this.#sound.toUpperCase(); } }
class Dog extends Animal { constructor() { super('woof'); } speak() { return 'dog ' + super.speak(); } static create() { return new this(); } }
const d = Dog.create(); console.log(d.speak(), d.loud, Animal.count, d instanceof Animal, Object.getPrototypeOf(d) === Dog.prototype);`,
	'generators': `function* g() { try { const x = yield 1; yield x + 1; } finally { console.log('cleanup'); } }
const it = g(); console.log(it.next().value, it.next(10).value, it.return(0), [...(function* () { yield* [1, 2]; yield 3; })()]);`,
	'async functions and errors': `async function fail() { await null; throw new Error('nope'); }
(async () => { try { await fail(); } catch (e) { console.log('caught', e.message); } finally { console.log('finally'); } })();`,
	'async generators and for await': `async function* ticks() { for (let i = 0; i < 3; i++) { await new Promise(r => setTimeout(r, 1)); yield i; } }
(async () => { for await (const t of ticks()) console.log('tick', t); })();`,
	'control flow': `outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 2) continue outer; if (i === 2) break outer; console.log(i, j); } }
switch ('b') { case 'a': console.log('a'); case 'b': console.log('b'); case 'c': console.log('c'); break; default: console.log('d'); }
let n = 0; do { n++; } while (n < 5); for (const k in {x: 1, y: 2}) console.log(k); console.log(n);`,
	'operators': `console.log(typeof null, typeof (() => 1), 'a' in {a: 1}, 7 % 3, 2 ** 10, '5' * 2, '5' + 2, 1 == '1', null ?? 'd', undefined?.x, 0 || 'or', [] + {}, -'3', ~5, 10n * 3n);
let o = {a: {b: null}}; o.a.c ??= 4; o.n = (o.n || 0) + 1; console.log(o, delete o.n, o);`,
	'built-ins': `console.log([3, 1, 2].sort(), [1, 2, 3, 4].filter(x => x % 2).map(x => x * 10), [1, [2, [3]]].flat(Infinity), Array.from({length: 3}, (_, i) => i * i));
console.log(Object.entries({a: 1, b: 2}), JSON.stringify({a: [1, {b: 'c'}]}), JSON.parse('[1,{"x":2}]'), 'Hello'.padEnd(8, '.') + '|', 'a-b-c'.split('-'));
const m = new Map([['k', 1]]); const s = new Set([1, 1, 2]); console.log(m, s, m.get('k'), s.size, [...m.keys()], Number('12.5'), parseInt('42px'), (3.14159).toFixed(2));`,
	'deep recursion is a catchable RangeError': `function down(n) { return down(n + 1) + 1; } try { down(0); } catch (e) { console.log(e instanceof RangeError, e.message); }`,
	'uncaught exception exits 1': `console.log('before'); setTimeout(() => { throw new TypeError('bad'); }, 1); setTimeout(() => console.log('never'), 5);`,
};

describe('interpreter matches node', () => {
	it.each(Object.keys(programs))('%s', name => {
		const source = programs[name]!;
		expect(runLoopstep(source)).toEqual(runNode(source));
	});
});
