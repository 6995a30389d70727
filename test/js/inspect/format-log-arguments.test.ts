// console.log's formatting (util.formatWithOptions with the console's empty options) vs our port.
import util from 'node:util';
import {describe, expect, it} from 'vitest';
import {formatLogArguments} from '../../../source/js/inspect/index.js';
import {createFakeHost, createRegistry} from './fake-host.js';

const host = createFakeHost(createRegistry());

class Temperature {
	constructor(private readonly degrees: number) {}
	toString(): string {
		return `${this.degrees} degrees`;
	}
}
class Plain {
	a = 1;
}
const primitiveWithToPrimitive = {[Symbol.toPrimitive]: () => 'prim', x: 1};
const circular: Record<string, unknown> = {a: 1};
circular.self = circular;

const cases: readonly (readonly unknown[])[] = [
	[],
	['Start'],
	['a', 'b', 'c'],
	[1, 2, 3],
	['x', 1, 'y', {a: 1}],
	['count: %d', 42],
	['%d %i %f', '42.5', '42.5', '42.5'],
	['%d', -0],
	['%i', 3.9],
	['%i', -3.9],
	['%i', 2n],
	['%d', 5n],
	['%f', 'abc'],
	['%d', {}],
	['%d', [7]],
	['%i', Symbol('s')],
	['%d', Symbol('s')],
	['%f', Symbol('s')],
	['%s', 'str'],
	['%s', 12],
	['%s', -0],
	['%s', 3n],
	['%s', null],
	['%s', undefined],
	['%s', Symbol('sym')],
	['%s', {a: {b: {c: 1}}}],
	['%s', [1, [2, [3]]]],
	['%s', new Temperature(21)],
	['%s', new Plain()],
	['%s', primitiveWithToPrimitive],
	['%s', new Error('in s')],
	['%s', new Date(0)],
	['%s', function namedFn() {
		return 1;
	}],
	['%j', {a: [1, 'x']}],
	['%j', circular],
	['%j', undefined],
	['%j', 'str'],
	['%o', {a: 1, f() {}}],
	['%o', [1, 2, 3]],
	['%o', function oFn(a: number) {
		return a;
	}],
	['%O', {a: {b: {c: {d: 1}}}}],
	['%O', 'string'],
	['%c styled', 'color: red'],
	['100%', 1],
	['100%%', 1],
	['%% %s', 'a'],
	['%%'],
	['%s%', 'a'],
	['%x %s', 'a'],
	['%s and %s', 'one'],
	['%s', 'a', 'extra', {b: 2}],
	['no placeholders', {a: 1}, [2]],
	[{a: 1}, '%s', 'x'],
	[5, '%d', 1],
	['%s', '%s', 'nested'],
	['multi\nline', {x: 'y'}],
	[new Error('top')],
	['value:', new Map([[1, {a: [1, 2, 3]}]])],
	['%s:%s', 'a'],
	['trailing %', 'x'],
	['%', 1],
	['%s', Object.create(null)],
	['%s', Object.assign(Object.create(null), {a: 1})],
];

describe('formatLogArguments matches util.formatWithOptions({}, ...args)', () => {
	for (const args of cases) {
		it(util.inspect(args, {breakLength: Number.POSITIVE_INFINITY}), () => {
			expect(formatLogArguments(args, host)).toBe(util.formatWithOptions({}, ...args));
		});
	}
});
