import {builtinFunction} from '../builtins/define.js';
import {indexError, typeError, valueError} from '../runtime/exception-types.js';
import {toArray} from '../runtime/iteration.js';
import {normalizeInt} from '../runtime/numbers.js';
import {PyList} from '../runtime/py-containers.js';
import {PyModule} from '../runtime/py-instance.js';
import {PyFloat, type PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import {str} from '../runtime/repr.js';
import {getItem} from '../runtime/subscript.js';
import {lengthOf} from '../builtins/length.js';
import {MersenneTwister} from './mersenne-twister.js';
import {seconds} from './asyncio-arguments.js';

function intArgument(value: PyValue | undefined, fallback: number): number {
	if (value === undefined || value === null) return fallback;
	if (typeof value === 'number' || typeof value === 'boolean') return Number(value);
	return raise(typeError, `'${value instanceof PyFloat ? 'float' : typeof value}' object cannot be interpreted as an integer`);
}

/** A string seed as CPython hashes it for version 2 seeding: sha512 is not available, so use the text's code points. */
function seedValue(value: PyValue): bigint {
	if (typeof value === 'number' || typeof value === 'bigint') return BigInt(value);
	if (typeof value === 'boolean') return value ? 1n : 0n;
	if (value instanceof PyFloat) return BigInt(Math.floor(Math.abs(value.value) * 2 ** 20));
	return [...str(value)].reduce((total, char) => total * 1_114_112n + BigInt(char.codePointAt(0)!), 0n);
}

/**
 * `random`: CPython's Mersenne Twister, so integer seeds give CPython's sequences for `random`,
 * `randint`, `randrange`, `choice`, `shuffle`, `sample` and `uniform`. Unseeded runs start from
 * seed 0 (deterministic, unlike CPython). String seeds do not match CPython.
 */
export function randomModule(): PyModule {
	const generator = new MersenneTwister();
	generator.seed(0n);
	const randrange = (start: number, stop: number | undefined, step: number): number => {
		if (stop === undefined) {
			if (start <= 0) raise(valueError, 'empty range for randrange()');
			return generator.below(start);
		}
		const width = stop - start;
		if (step === 1) {
			if (width <= 0) raise(valueError, `empty range for randrange() (${start}, ${stop}, ${width})`);
			return start + generator.below(width);
		}
		const count = step > 0 ? Math.floor((width + step - 1) / step) : Math.floor((width + step + 1) / step);
		if (count <= 0) raise(valueError, 'empty range for randrange()');
		return start + step * generator.below(count);
	};
	return new PyModule('random', [
		['seed', builtinFunction('seed', args => {
			generator.seed(args.length === 0 || args[0] === null ? 0n : seedValue(args[0]!));
			return null;
		})],
		['random', builtinFunction('random', () => new PyFloat(generator.random()))],
		['uniform', builtinFunction('uniform', args => {
			const a = seconds(args[0]);
			const b = seconds(args[1]);
			return new PyFloat(a + (b - a) * generator.random());
		})],
		['randint', builtinFunction('randint', args => randrange(intArgument(args[0], 0), intArgument(args[1], 0) + 1, 1))],
		['randrange', builtinFunction('randrange', args => randrange(intArgument(args[0], 0), args[1] === undefined ? undefined : intArgument(args[1], 0), intArgument(args[2], 1)))],
		['getrandbits', builtinFunction('getrandbits', args => normalizeInt(generator.getrandbits(intArgument(args[0], 0))))],
		['choice', builtinFunction('choice', args => {
			const length = lengthOf(args[0]!);
			if (length === 0) raise(indexError, 'Cannot choose from an empty sequence');
			return getItem(args[0]!, generator.below(length));
		})],
		['choices', builtinFunction('choices', (args, kwargs) => {
			const population = toArray(args[0]!);
			const k = intArgument(kwargs?.get('k'), 1);
			const result: PyValue[] = [];
			for (let index = 0; index < k; index++) result.push(population[Math.floor(generator.random() * population.length)]!);
			return new PyList(result);
		})],
		['shuffle', builtinFunction('shuffle', args => {
			const list = args[0] as PyList;
			for (let i = list.items.length - 1; i > 0; i--) {
				const j = generator.below(i + 1);
				[list.items[i], list.items[j]] = [list.items[j]!, list.items[i]!];
			}
			return null;
		})],
		['sample', builtinFunction('sample', args => {
			const population = toArray(args[0]!);
			const k = intArgument(args[1], 0);
			const n = population.length;
			if (k < 0 || k > n) raise(valueError, 'Sample larger than population or is negative');
			const result: PyValue[] = new Array(k);
			let setsize = 21;
			if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
			if (n <= setsize) {
				const pool = population.slice();
				for (let i = 0; i < k; i++) {
					const j = generator.below(n - i);
					result[i] = pool[j]!;
					pool[j] = pool[n - i - 1]!;
				}
			} else {
				const selected = new Set<number>();
				for (let i = 0; i < k; i++) {
					let j = generator.below(n);
					while (selected.has(j)) j = generator.below(n);
					selected.add(j);
					result[i] = population[j]!;
				}
			}
			return new PyList(result);
		})],
		['gauss', builtinFunction('gauss', args => {
			const mu = seconds(args[0]);
			const sigma = seconds(args[1] ?? 1);
			const x2pi = generator.random() * 2 * Math.PI;
			const g2rad = Math.sqrt(-2 * Math.log(1 - generator.random()));
			return new PyFloat(mu + Math.cos(x2pi) * g2rad * sigma);
		})],
	]);
}
