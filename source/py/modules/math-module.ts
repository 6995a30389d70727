import {builtinFunction} from '../builtins/define.js';
import {binaryOp} from '../runtime/arithmetic.js';
import {toFloat, toInt} from '../builtins/type-constructors.js';
import {overflowError, typeError, valueError} from '../runtime/exception-types.js';
import {toArray} from '../runtime/iteration.js';
import {normalizeInt, toBig} from '../runtime/numbers.js';
import {PyModule} from '../runtime/py-instance.js';
import {PyFloat, type PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';

const asNumber = (value: PyValue | undefined): number => toFloat(value ?? 0).value;

function integral(value: PyValue | undefined): bigint {
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return toBig(value);
	return raise(typeError, `'${value instanceof PyFloat ? 'float' : 'object'}' object cannot be interpreted as an integer`);
}

function domain(value: number): PyFloat {
	if (Number.isNaN(value)) raise(valueError, 'math domain error');
	return new PyFloat(value);
}

function toIntResult(value: number): PyValue {
	if (!Number.isFinite(value)) raise(Number.isNaN(value) ? valueError : overflowError, Number.isNaN(value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
	return Number.isSafeInteger(value) ? value : normalizeInt(BigInt(value));
}

function gcd(a: bigint, b: bigint): bigint {
	a = a < 0n ? -a : a;
	b = b < 0n ? -b : b;
	while (b) [a, b] = [b, a % b];
	return a;
}

/** `math`, on JS doubles (the same IEEE arithmetic CPython uses). */
export function mathModule(): PyModule {
	const unary = (name: string, fn: (x: number) => number) => [name, builtinFunction(name, args => domain(fn(asNumber(args[0]))))] as [string, PyValue];
	return new PyModule('math', [
		['pi', new PyFloat(Math.PI)],
		['e', new PyFloat(Math.E)],
		['tau', new PyFloat(2 * Math.PI)],
		['inf', new PyFloat(Infinity)],
		['nan', new PyFloat(NaN)],
		unary('sqrt', x => (x < 0 ? NaN : Math.sqrt(x))),
		unary('exp', Math.exp),
		unary('sin', Math.sin),
		unary('cos', Math.cos),
		unary('tan', Math.tan),
		unary('asin', Math.asin),
		unary('acos', Math.acos),
		unary('atan', Math.atan),
		unary('sinh', Math.sinh),
		unary('cosh', Math.cosh),
		unary('tanh', Math.tanh),
		unary('fabs', Math.abs),
		unary('log2', x => (x <= 0 ? NaN : Math.log2(x))),
		unary('log10', x => (x <= 0 ? NaN : Math.log10(x))),
		unary('log1p', Math.log1p),
		unary('expm1', Math.expm1),
		unary('degrees', x => (x * 180) / Math.PI),
		unary('radians', x => (x * Math.PI) / 180),
		['log', builtinFunction('log', args => {
			const x = asNumber(args[0]);
			if (x <= 0) raise(valueError, 'math domain error');
			return domain(args.length > 1 ? Math.log(x) / Math.log(asNumber(args[1])) : Math.log(x));
		})],
		['pow', builtinFunction('pow', args => domain(Math.pow(asNumber(args[0]), asNumber(args[1]))))],
		['atan2', builtinFunction('atan2', args => new PyFloat(Math.atan2(asNumber(args[0]), asNumber(args[1]))))],
		['hypot', builtinFunction('hypot', args => new PyFloat(Math.hypot(...args.map(asNumber))))],
		['copysign', builtinFunction('copysign', args => new PyFloat(Math.sign(asNumber(args[1])) * Math.abs(asNumber(args[0])) || (Object.is(asNumber(args[1]), -0) ? -Math.abs(asNumber(args[0])) : Math.abs(asNumber(args[0])))))],
		['floor', builtinFunction('floor', args => (typeof args[0] === 'number' || typeof args[0] === 'bigint' ? args[0] : toIntResult(Math.floor(asNumber(args[0])))))],
		['ceil', builtinFunction('ceil', args => (typeof args[0] === 'number' || typeof args[0] === 'bigint' ? args[0] : toIntResult(Math.ceil(asNumber(args[0])))))],
		['trunc', builtinFunction('trunc', args => toInt(args[0]!))],
		['fmod', builtinFunction('fmod', args => domain(asNumber(args[0]) % asNumber(args[1])))],
		['isnan', builtinFunction('isnan', args => Number.isNaN(asNumber(args[0])))],
		['isinf', builtinFunction('isinf', args => Math.abs(asNumber(args[0])) === Infinity)],
		['isfinite', builtinFunction('isfinite', args => Number.isFinite(asNumber(args[0])))],
		['isclose', builtinFunction('isclose', (args, kwargs) => {
			const a = asNumber(args[0]);
			const b = asNumber(args[1]);
			const rel = asNumber(kwargs?.get('rel_tol') ?? new PyFloat(1e-9));
			const abs = asNumber(kwargs?.get('abs_tol') ?? new PyFloat(0));
			return a === b || Math.abs(a - b) <= Math.max(rel * Math.max(Math.abs(a), Math.abs(b)), abs);
		})],
		['factorial', builtinFunction('factorial', args => {
			const n = integral(args[0]);
			if (n < 0n) raise(valueError, 'factorial() not defined for negative values');
			let result = 1n;
			for (let index = 2n; index <= n; index++) result *= index;
			return normalizeInt(result);
		})],
		['gcd', builtinFunction('gcd', args => normalizeInt(args.map(arg => integral(arg)).reduce(gcd, 0n)))],
		['lcm', builtinFunction('lcm', args => normalizeInt(args.map(arg => integral(arg)).reduce((a, b) => (a === 0n || b === 0n ? 0n : (a * b < 0n ? -(a * b) : a * b) / gcd(a, b)), 1n)))],
		['comb', builtinFunction('comb', args => {
			const n = integral(args[0]);
			const k = integral(args[1]);
			if (k > n) return 0;
			let result = 1n;
			for (let index = 0n; index < k; index++) result = (result * (n - index)) / (index + 1n);
			return normalizeInt(result);
		})],
		['perm', builtinFunction('perm', args => {
			const n = integral(args[0]);
			const k = args[1] === undefined || args[1] === null ? n : integral(args[1]);
			if (k > n) return 0;
			let result = 1n;
			for (let index = 0n; index < k; index++) result *= n - index;
			return normalizeInt(result);
		})],
		['isqrt', builtinFunction('isqrt', args => {
			const n = integral(args[0]);
			if (n < 0n) raise(valueError, 'isqrt() argument must be nonnegative');
			if (n < 2n) return normalizeInt(n);
			let x = BigInt(Math.floor(Math.sqrt(Number(n))));
			while (x * x > n) x--;
			while ((x + 1n) * (x + 1n) <= n) x++;
			return normalizeInt(x);
		})],
		['fsum', builtinFunction('fsum', args => new PyFloat(exactSum(toArray(args[0]!).map(asNumber))))],
		['prod', builtinFunction('prod', args => toArray(args[0]!).reduce<PyValue>((a, b) => binaryOp('*', a, b), 1))],
	]);
}

/** Shewchuk's exactly rounded sum (what `math.fsum` computes). */
function exactSum(values: readonly number[]): number {
	const partials: number[] = [];
	for (let x of values) {
		let count = 0;
		for (let y of partials) {
			if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
			const high = x + y;
			const low = y - (high - x);
			if (low !== 0) partials[count++] = low;
			x = high;
		}
		partials.length = count;
		partials.push(x);
	}
	return partials.reduce((sum, value) => sum + value, 0);
}
