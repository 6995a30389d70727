import {builtinFunction, kwarg} from '../builtins/define.js';
import {binaryOp} from '../runtime/arithmetic.js';
import {callObject} from '../runtime/call.js';
import {pyEquals} from '../runtime/comparison.js';
import {getIterator, PyIterator, toArray} from '../runtime/iteration.js';
import {PyTuple} from '../runtime/py-containers.js';
import {PyModule} from '../runtime/py-instance.js';
import type {Kwargs, PyObject, PyValue} from '../runtime/py-object.js';
import {truthy} from '../runtime/truthiness.js';

function fromArray(name: string, items: PyValue[]): PyIterator {
	let index = 0;
	return new PyIterator(`itertools.${name}`, () => (index < items.length ? items[index++] : undefined));
}

/** `itertools.chain`: each iterable in turn, taken from `iterables` only when the previous one is spent. */
function chainOf(iterables: ReturnType<typeof getIterator>): PyIterator {
	let current: ReturnType<typeof getIterator> | undefined;
	return new PyIterator('itertools.chain', () => {
		for (;;) {
			if (current === undefined) {
				const next = iterables.nextValue();
				if (next === undefined) return undefined;
				current = getIterator(next);
			}
			const item = current.nextValue();
			if (item !== undefined) return item;
			current = undefined;
		}
	});
}

function product(pools: PyValue[][]): PyValue[][] {
	let result: PyValue[][] = [[]];
	for (const pool of pools) result = result.flatMap(prefix => pool.map(item => [...prefix, item]));
	return result;
}

function permutations(pool: PyValue[], r: number): PyValue[][] {
	if (r === 0) return [[]];
	return pool.flatMap((item, index) => permutations([...pool.slice(0, index), ...pool.slice(index + 1)], r - 1).map(rest => [item, ...rest]));
}

function combinations(pool: PyValue[], r: number, replacement: boolean): PyValue[][] {
	if (r === 0) return [[]];
	return pool.flatMap((item, index) => combinations(pool.slice(replacement ? index : index + 1), r - 1, replacement).map(rest => [item, ...rest]));
}

/** `itertools`: lazy where laziness is observable (count, cycle, repeat, islice, takewhile ...). */
export function itertoolsModule(): PyModule {
	const functions: Record<string, (args: PyValue[], kwargs: Kwargs | null) => PyValue> = {
		count: (args, kwargs) => {
			let current = args[0] ?? kwarg(kwargs, 'start', 0);
			const step = args[1] ?? kwarg(kwargs, 'step', 1);
			return new PyIterator('itertools.count', () => {
				const value = current;
				current = binaryOp('+', current, step);
				return value;
			});
		},
		cycle: args => {
			const iterator = getIterator(args[0]!);
			const saved: PyValue[] = [];
			let index = -1;
			return new PyIterator('itertools.cycle', () => {
				if (index < 0) {
					const item = iterator.nextValue();
					if (item !== undefined) {
						saved.push(item);
						return item;
					}
					if (saved.length === 0) return undefined;
					index = 0;
				}
				const item = saved[index]!;
				index = (index + 1) % saved.length;
				return item;
			});
		},
		repeat: (args, kwargs) => {
			const value = args[0]!;
			let remaining = args[1] ?? kwargs?.get('times');
			return new PyIterator('itertools.repeat', () => {
				if (remaining !== undefined) {
					if (Number(remaining) <= 0) return undefined;
					remaining = Number(remaining) - 1;
				}
				return value;
			});
		},
		chain: args => chainOf(getIterator(fromArray('chain', args))),
		islice: args => {
			const iterator = getIterator(args[0]!);
			const [start, stop, step] = args.length === 2 ? [0, args[1], 1] : [Number(args[1] ?? 0), args[2], Number(args[3] ?? 1)];
			let position = 0;
			let next = start as number;
			return new PyIterator('itertools.islice', () => {
				if (stop !== null && stop !== undefined && next >= Number(stop)) return undefined;
				for (;;) {
					const item = iterator.nextValue();
					if (item === undefined) return undefined;
					if (position++ === next) {
						next += step as number;
						return item;
					}
				}
			});
		},
		product: (args, kwargs) => {
			const pools = args.map(toArray);
			const repeat = Number(kwarg(kwargs, 'repeat', 1));
			const all: PyValue[][] = [];
			for (let index = 0; index < repeat; index++) all.push(...pools);
			return fromArray('product', product(all).map(items => new PyTuple(items)));
		},
		permutations: args => {
			const pool = toArray(args[0]!);
			return fromArray('permutations', permutations(pool, args[1] === undefined || args[1] === null ? pool.length : Number(args[1])).map(items => new PyTuple(items)));
		},
		combinations: args => fromArray('combinations', combinations(toArray(args[0]!), Number(args[1]), false).map(items => new PyTuple(items))),
		combinations_with_replacement: args => fromArray('combinations_with_replacement', combinations(toArray(args[0]!), Number(args[1]), true).map(items => new PyTuple(items))),
		accumulate: (args, kwargs) => {
			const iterator = getIterator(args[0]!);
			const func = args[1] ?? kwarg(kwargs, 'func', null);
			let total: PyValue | undefined = kwargs?.get('initial');
			let first = true;
			return new PyIterator('itertools.accumulate', () => {
				if (first && total !== undefined) {
					first = false;
					return total;
				}
				first = false;
				const item = iterator.nextValue();
				if (item === undefined) return undefined;
				total = total === undefined ? item : func === null ? binaryOp('+', total, item) : callObject(func, [total, item]);
				return total;
			});
		},
		groupby: (args, kwargs) => {
			const items = toArray(args[0]!);
			const key = args[1] ?? kwarg(kwargs, 'key', null);
			const groups: PyValue[] = [];
			let current: PyValue[] = [];
			let currentKey: PyValue | undefined;
			for (const item of items) {
				const itemKey = key === null ? item : callObject(key, [item]);
				if (currentKey !== undefined && !pyEquals(currentKey, itemKey)) {
					groups.push(new PyTuple([currentKey, fromArray('_grouper', current)]));
					current = [];
				}
				currentKey = itemKey;
				current.push(item);
			}
			if (currentKey !== undefined) groups.push(new PyTuple([currentKey, fromArray('_grouper', current)]));
			return fromArray('groupby', groups);
		},
		zip_longest: (args, kwargs) => {
			const iterators = args.map(getIterator);
			const fill = kwarg(kwargs, 'fillvalue', null);
			return new PyIterator('itertools.zip_longest', () => {
				let alive = false;
				const items = iterators.map(iterator => {
					const item = iterator.nextValue();
					if (item === undefined) return fill;
					alive = true;
					return item;
				});
				return alive ? new PyTuple(items) : undefined;
			});
		},
		takewhile: args => {
			const iterator = getIterator(args[1]!);
			let done = false;
			return new PyIterator('itertools.takewhile', () => {
				if (done) return undefined;
				const item = iterator.nextValue();
				if (item === undefined || !truthy(callObject(args[0]!, [item]))) {
					done = true;
					return undefined;
				}
				return item;
			});
		},
		dropwhile: args => {
			const iterator = getIterator(args[1]!);
			let dropping = true;
			return new PyIterator('itertools.dropwhile', () => {
				for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) {
					if (dropping && truthy(callObject(args[0]!, [item]))) continue;
					dropping = false;
					return item;
				}
				return undefined;
			});
		},
		filterfalse: args => {
			const iterator = getIterator(args[1]!);
			return new PyIterator('itertools.filterfalse', () => {
				for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) if (!truthy(args[0] === null ? item : callObject(args[0]!, [item]))) return item;
				return undefined;
			});
		},
		starmap: args => {
			const iterator = getIterator(args[1]!);
			return new PyIterator('itertools.starmap', () => {
				const item = iterator.nextValue();
				return item === undefined ? undefined : callObject(args[0]!, toArray(item));
			});
		},
		pairwise: args => {
			const items = toArray(args[0]!);
			return fromArray('pairwise', items.slice(1).map((item, index) => new PyTuple([items[index]!, item])));
		},
		compress: args => {
			const data = toArray(args[0]!);
			const selectors = toArray(args[1]!);
			return fromArray('compress', data.filter((_, index) => index < selectors.length && truthy(selectors[index]!)));
		},
	};
	const module = new PyModule('itertools', Object.entries(functions).map(([name, fn]) => [name, builtinFunction(name, fn)]));
	// `chain.from_iterable(iterables)`: the iterables themselves come lazily from one iterable.
	const chain = module.dict.get('chain') as PyObject;
	chain.dict = new Map([['from_iterable', builtinFunction('from_iterable', args => chainOf(getIterator(args[0]!)))]]);
	return module;
}
