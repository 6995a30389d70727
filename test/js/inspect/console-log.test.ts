// The real `node` prints console.log calls; the same argument lists, built in this process, must
// format to the same lines (this also pins down that console.log passes no inspect options).
import {execFileSync} from 'node:child_process';
import {expect, it} from 'vitest';
import {formatLogArguments} from '../../../source/js/inspect/index.js';
import {createFakeHost, createRegistry} from './fake-host.js';

// Each entry is the argument list of one console.log call, as JavaScript source.
const calls = [
	`'Start'`,
	`{a: 1, b: [1, 2]}`,
	`'%s is %d years', 'Ann', 42.9, {extra: true}`,
	`[Array.from({length: 30}, (_, i) => i * i)]`,
	`new Map([['a', 1], ['b', {c: [1, 2, 3]}]]), new Set(['x'])`,
	`{l1: {l2: {l3: {l4: 1}}}}`,
	`[function f() {}, class A {}, async () => {}, function* g() {}]`,
	`Object.fromEntries('abcdefghijklmnopqrstuvwxyz'.split('').map((k, i) => [k, i]))`,
	`'%o', {a: [1, {b: 2}]}`,
	`'%j and %O', {j: 1}, {o: {p: {q: {r: 1}}}}`,
	`-0, 0, 1n, Symbol('s'), undefined, null, NaN`,
	`'a\\nb', ['a\\nb'], "it's", ["it's"]`,
];

it('formats console.log arguments exactly as the real node prints them', () => {
	const script = calls.map((args) => `console.log(${args});`).join('\n');
	const expected = execFileSync(process.execPath, ['-e', script], {encoding: 'utf8'});
	const host = createFakeHost(createRegistry());
	const actual = calls
		.map((args) => formatLogArguments(new Function(`return [${args}];`)() as unknown[], host))
		.map((line) => `${line}\n`)
		.join('');
	expect(actual).toBe(expected);
});
