// Values of many shapes, built fresh for each comparison with `util.inspect`.
import type {FakeHostRegistry} from './fake-host.js';

export type ValueFixture = readonly [name: string, make: () => unknown];

export function valueFixtures(registry: FakeHostRegistry): ValueFixture[] {
	const promise = (state: 'pending' | 'fulfilled' | 'rejected', result?: unknown): Promise<unknown> => {
		const value = state === 'pending' ? new Promise(() => {}) : state === 'fulfilled' ? Promise.resolve(result) : Promise.reject(result);
		value.catch(() => {});
		registry.promises.set(value, {state, result});
		return value;
	};
	const iterator = (source: Map<unknown, unknown> | Set<unknown>, method: 'entries' | 'keys' | 'values'): unknown => {
		const it = source[method]();
		const isKeyValue = method === 'entries';
		const entries = isKeyValue ? [...source.entries()].flat() : [...source[method]()];
		registry.iterators.set(it, {kind: source instanceof Map ? 'map-iterator' : 'set-iterator', entries, isKeyValue});
		return it;
	};
	const weakMap = (entries: [object, unknown][]): WeakMap<object, unknown> => {
		const map = new WeakMap(entries);
		registry.weakEntries.set(map, entries);
		return map;
	};
	const weakSet = (values: object[]): WeakSet<object> => {
		const set = new WeakSet(values);
		registry.weakEntries.set(set, values.map((value) => [value, undefined]));
		return set;
	};
	class A {
		x = 1;
	}
	class B extends A {
		y = [1, 2];
	}
	class Empty {}
	class Tagged {
		get [Symbol.toStringTag](): string {
			return 'Tag';
		}
	}
	class ValidationError extends Error {}
	class Oops extends Error {}
	const longWords = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split(' ');

	return [
		['number', () => 42],
		['negative zero', () => -0],
		['NaN', () => Number.NaN],
		['float', () => 0.1 + 0.2],
		['bigint', () => 10n],
		['string top', () => 'plain'],
		['symbol', () => Symbol('x')],
		['symbol without description', () => Symbol()],
		['undefined', () => undefined],
		['null', () => null],
		['empty array', () => []],
		['small array', () => [1, 2, 3]],
		['strings array', () => ['a', "it's", 'say "hi"', 'both \' and " and `', 'tab\there', 'nl\n', '\u0001\u007f', 'back\\slash']],
		['array with holes', () => [1, , 3, , , 6]],
		['array all holes', () => new Array(5)],
		['array hole at end', () => [1, 2, , ]],
		['array with extra keys', () => Object.assign([1, 2], {extra: true, 'not-id': 1})],
		['array with symbol key', () => Object.assign([1], {[Symbol('s')]: 2})],
		['101 numbers', () => Array.from({length: 101}, (_, i) => i)],
		['150 numbers', () => Array.from({length: 150}, (_, i) => i * 7)],
		['7 numbers', () => [1, 2, 3, 4, 5, 6, 7]],
		['26 numbers mixed widths', () => Array.from({length: 26}, (_, i) => i ** 3)],
		['negative floats', () => Array.from({length: 20}, (_, i) => -i / 3)],
		['bigints grouped', () => Array.from({length: 12}, (_, i) => BigInt(i) ** 5n)],
		['words grouped', () => longWords],
		['30 short strings', () => Array.from({length: 30}, (_, i) => `s${i}`)],
		['mixed grouped', () => [1, 'two', 3, 'four', 5, 'six', 7, null, undefined, true]],
		['long string entries', () => Array.from({length: 8}, (_, i) => 'x'.repeat(i * 9))],
		['array of arrays', () => Array.from({length: 8}, (_, i) => [i, i + 1])],
		['matrix', () => Array.from({length: 10}, (_, i) => Array.from({length: 10}, (_, j) => i * j))],
		['empty object', () => ({})],
		['object', () => ({a: 1, b: [1, 2]})],
		['quoted keys', () => ({'a-b': 1, '1x': 2, 'ok_1': 3, '': 4, "it's": 5, 10: 6, __proto__x: 7})],
		['__proto__ own key', () => JSON.parse('{"__proto__": 1}')],
		['symbol keys', () => ({[Symbol('x')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3})],
		['non-enumerable hidden', () => Object.defineProperty({a: 1}, 'hidden', {value: 2})],
		['nested depth', () => ({a: {b: {c: {d: {e: 1}}}}})],
		['nested arrays depth', () => [[[[[1]]]], [[[2]]]]],
		['nested at depth with empty', () => ({a: {b: {c: {}, d: []}}})],
		['circular object', () => {
			const o: Record<string, unknown> = {name: 'o'};
			o.self = o;
			return o;
		}],
		['circular two refs', () => {
			const a: Record<string, unknown> = {};
			const b: Record<string, unknown> = {a};
			a.b = b;
			a.list = [a, b];
			return {a, b};
		}],
		['circular array', () => {
			const a: unknown[] = [1];
			a.push(a);
			return a;
		}],
		['shared non-circular', () => {
			const shared = {s: 1};
			return {x: shared, y: shared};
		}],
		['long object breaks', () => Object.fromEntries(longWords.map((w, i) => [w, i]))],
		['object 3 long values', () => ({first: 'a'.repeat(30), second: 'b'.repeat(30), third: 'c'.repeat(30)})],
		['exactly around 72', () => ({alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddd'})],
		['around 76', () => ({alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddddddd'})],
		['deep compact', () => ({a: [1, 2, 3], b: {c: [4, 5, {d: 6}]}})],
		['four levels inner', () => ({l1: {l2: {l3: 'x'}}, m: 1})],
		['long string value', () => ({text: 'word '.repeat(30)})],
		['long multiline string value', () => ({text: 'line one is here\nline two is here too\n'.repeat(3)})],
		['long string in array', () => ['a'.repeat(100)]],
		['long top-level string inside object', () => ({s: 'x'.repeat(200)})],
		['function', () => function f() {}],
		['anonymous function', () => [function () {}, () => {}]],
		['arrow named', () => {
			const arrow = (): void => {};
			return arrow;
		}],
		['async function', () => async function af() {}],
		['generator function', () => function* g() {}],
		['async generator function', () => async function* ag() {}],
		['async arrow', () => [async () => {}]],
		['class', () => A],
		['derived class', () => B],
		['anonymous class', () => [class {}]],
		['function with props', () => Object.assign(function withProps() {}, {a: 1, b: 'x'})],
		['class with static', () => {
			class S {
				static count = 3;
			}
			return S;
		}],
		['bound function', () => function bound() {}.bind(null)],
		['builtin function', () => [Math.max, Array.prototype.push]],
		['class instance', () => new A()],
		['derived instance', () => new B()],
		['empty instance', () => new Empty()],
		['tagged instance', () => new Tagged()],
		['object with tag', () => ({[Symbol.toStringTag]: 'own'})],
		['object inherited tag', () => Object.create({[Symbol.toStringTag]: 'T'})],
		['null prototype', () => Object.create(null)],
		['null prototype with keys', () => Object.assign(Object.create(null), {a: 1})],
		['object from anonymous prototype', () => Object.create({x: 1})],
		['getters and setters', () => ({
			get g() {
				return 1;
			},
			set s(_v: number) {},
			get gs() {
				return 1;
			},
			set gs(_v: number) {},
		})],
		['class getters are on prototype', () => new (class P {
			get v(): number {
				return 1;
			}
		})()],
		['promise fulfilled', () => promise('fulfilled', 1)],
		['promise pending', () => promise('pending')],
		['promise rejected', () => promise('rejected', 'why')],
		['promise of object', () => promise('fulfilled', {a: [1, 2, {b: 3}]})],
		['promise rejected error', () => promise('rejected', new Error('nope'))],
		['promise with prop', () => Object.assign(promise('fulfilled', 1), {tag: 't'})],
		['nested promises', () => ({p: promise('fulfilled', [promise('pending')])})],
		['map', () => new Map([['a', 1]])],
		['map objects', () => new Map<unknown, unknown>([[{k: 1}, [1, 2]], ['x', new Map([[1, {deep: {deeper: 1}}]])]])],
		['empty map', () => new Map()],
		['big map', () => new Map(longWords.map((w, i) => [w, i]))],
		['set', () => new Set([1, 2])],
		['empty set', () => new Set()],
		['set of strings', () => new Set(longWords)],
		['set with prop', () => Object.assign(new Set([1]), {extra: 1})],
		['weak map and set', () => [new WeakMap(), new WeakSet()]],
		['weak map and set with entries', () => [weakMap([[{k: 1}, 'one'], [[2], {v: 2}]]), weakSet([{a: 1}, [1]])]],
		['map entries iterator', () => iterator(new Map([['a', 1], ['b', 2]]), 'entries')],
		['map keys iterator', () => iterator(new Map([['a', 1]]), 'keys')],
		['set values iterator', () => iterator(new Set([1, 2, 3]), 'values')],
		['error', () => new Error('boom')],
		['type error', () => new TypeError('bad type')],
		['error no message', () => new RangeError()],
		['subclass error', () => new ValidationError('invalid')],
		['subclass error without Error in name', () => new Oops('m')],
		['error with props', () => Object.assign(new Error('x'), {code: 1})],
		['error in object', () => ({e: new Error('inner')})],
		['errors in array', () => [new Error('a'), new Error('b')]],
		['error with name prop', () => {
			const e = new Error('named');
			e.name = 'CustomName';
			return e;
		}],
		['error with cause', () => new Error('outer', {cause: 'text cause'})],
		['aggregate error', () => new AggregateError([new Error('one')], 'many')],
		['error multi-line message', () => new Error('line1\nline2')],
		['boxed', () => [new Number(3), new String('ab'), new Boolean(false), Object(1n), Object(Symbol('b'))]],
		['boxed with prop', () => Object.assign(new String('ab'), {x: 1})],
		['boxed negative zero', () => new Number(-0)],
		['date', () => new Date(0)],
		['invalid date', () => new Date(Number.NaN)],
		['date with prop', () => Object.assign(new Date(86_400_000), {x: 1})],
		['regexp', () => [/ab+c/gi, /x/]],
		['regexp with prop', () => Object.assign(/r/, {x: 1})],
		['arguments', () => (function (..._args: unknown[]) {
			return arguments;
		})(1, 'a')],
		['unicode strings', () => ['日本語', 'émoji 😀', 'lone \ud800 surrogate', 'wide 全角文字列です']],
		['unicode grouped', () => Array.from({length: 12}, (_, i) => '語'.repeat(i % 4))],
		['object keys order', () => ({b: 1, 2: 'two', a: 2, 1: 'one'})],
		['deep mixed', () => ({users: [{name: 'ann', tags: ['a', 'b'], meta: {age: 3, roles: ['x']}}, {name: 'bob', tags: [], meta: {age: 4, roles: []}}]})],
		['array of objects breaking', () => Array.from({length: 4}, (_, i) => ({id: i, label: `item number ${i}`, done: i % 2 === 0}))],
		['nested long array', () => ({data: Array.from({length: 40}, (_, i) => i)})],
		['indented grouping', () => ({a: {b: Array.from({length: 30}, (_, i) => i * 1000)}})],
		['hundred items in object', () => ({list: Array.from({length: 120}, (_, i) => `${i}`)})],
		['array with undefined and null', () => [undefined, null, undefined]],
		['array subclass', () => {
			class Stack extends Array<number> {}
			return Stack.from([1, 2]);
		}],
		['map subclass', () => {
			class Registry extends Map<string, number> {}
			return new Registry([['a', 1]]);
		}],
		['set subclass empty', () => new (class Bag extends Set {})()],
		['promise subclass', () => {
			class Deferred<T> extends Promise<T> {}
			const value = Deferred.resolve(1);
			registry.promises.set(value, {state: 'fulfilled', result: 1});
			return value;
		}],
		['null prototype array', () => Object.setPrototypeOf([1, 2], null)],
		['null prototype map', () => Object.setPrototypeOf(new Map([[1, 2]]), null)],
		['null prototype error', () => Object.setPrototypeOf(new Error('np'), null)],
		['null prototype function', () => Object.setPrototypeOf(function npf() {}, null)],
		['null prototype date', () => Object.setPrototypeOf(new Date(0), null)],
		['generator object', () => (function* gen() {})()],
		['async generator object', () => (async function* agen() {})()],
		['object with constructor prop', () => ({constructor: 'not a function', a: 1})],
		['class with toStringTag static', () => {
			class WithTag {
				static [Symbol.toStringTag] = 'T';
			}
			return [WithTag, new WithTag()];
		}],
		['instance of anonymous class', () => new (class {})()],
		['prototype chain without constructor', () => Object.create(Object.create(null))],
		['object with deleted constructor prototype', () => {
			function Legacy(this: {v: number}): void {
				this.v = 1;
			}
			return new (Legacy as unknown as new () => object)();
		}],
		['error with non-string name', () => Object.assign(new Error('m'), {name: 42})],
		['error with empty message and props', () => Object.assign(new TypeError(), {detail: [1, 2]})],
		['error subclass with name', () => {
			class HttpError extends Error {
				override name = 'HttpError';
				status = 404;
			}
			return new HttpError('not found');
		}],
		['error with error cause', () => new Error('outer', {cause: new Error('inner')})],
		['errors nested deep', () => ({a: {b: {c: new Error('deep')}}})],
		['error in map', () => new Map([['e', new RangeError('r')]])],
		['object extending error prototype', () => Object.create(Error.prototype)],
		['many errors grouped', () => Array.from({length: 8}, (_, i) => new Error(`e${i}`))],
		['function with name property override', () => Object.defineProperty(function real() {}, 'name', {value: 'fake'})],
		['function with empty name', () => Object.defineProperty(function real() {}, 'name', {value: ''})],
		['class extends null', () => class N extends null {}],
		['class expression named by variable', () => {
			const Named = class {};
			return Named;
		}],
		['nested maps and sets beyond depth', () => ({a: {b: {c: new Map([[1, 2]]), d: new Set([1]), e: [1], f: {}, g: new Error('x'), h: () => 1}}})],
		['symbol description with newline', () => ({[Symbol('a\nb')]: Symbol('c\nd')})],
		['keys needing escape', () => ({'\n': 1, '\u0000': 2, 'é': 3, "'": 4})],
		['string with all quote kinds and template', () => ["'\"`", "'\"${", "'\""]],
		['long string exactly 16', () => ['0123456789abcdef', '0123456789abcdefg']],
		['typed number keys', () => ({0: 'a', 1: 'b', length: 2})],
		['array index beyond length key', () => Object.assign([1], {4294967295: 'not index'})],
		['sparse large', () => {
			const a: number[] = [];
			a[5] = 1;
			a[200] = 2;
			return a;
		}],
		['frozen object', () => Object.freeze({a: 1})],
		['accessor returning object', () => Object.defineProperty({}, 'x', {get: () => ({}), enumerable: true})],
		['date negative and far', () => [new Date(-1), new Date(8.64e15)]],
		['regexp flags and escapes', () => [/[/]\//gimsuy, new RegExp('a\nb')]],
		['numbers edge', () => [Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, -1e-7, 1e21, -Infinity, 123_456_789.123_456]],
	];
}
