import {JSObject} from '../values/js-object.js';
import {toNumber} from '../values/type-conversion.js';
import {defineMethod, defineValue, plainObject} from './define.js';

const unary = ['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp', 'expm1', 'floor', 'fround', 'log', 'log1p', 'log10', 'log2', 'round', 'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc'] as const;

/**
 * A deterministic Math.random (xorshift, fixed seed): the same program prints the same numbers on
 * every run, so a plan can be stepped back and forth. Real Node differs run to run anyway.
 */
function seededRandom(): () => number {
	let state = 0x2545f491;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 4294967296;
	};
}

/** The Math object (§21.3). */
export function installMath(global: JSObject): void {
	const math = plainObject();
	for (const name of ['E', 'LN10', 'LN2', 'LOG10E', 'LOG2E', 'PI', 'SQRT1_2', 'SQRT2'] as const) defineValue(math, name, Math[name], 0);
	for (const name of unary) defineMethod(math, name, 1, (_this, args) => Math[name](toNumber(args[0])));
	defineMethod(math, 'atan2', 2, (_this, args) => Math.atan2(toNumber(args[0]), toNumber(args[1])));
	defineMethod(math, 'pow', 2, (_this, args) => Math.pow(toNumber(args[0]), toNumber(args[1])));
	defineMethod(math, 'imul', 2, (_this, args) => Math.imul(toNumber(args[0]), toNumber(args[1])));
	defineMethod(math, 'max', 2, (_this, args) => Math.max(...args.map(toNumber)));
	defineMethod(math, 'min', 2, (_this, args) => Math.min(...args.map(toNumber)));
	defineMethod(math, 'hypot', 2, (_this, args) => Math.hypot(...args.map(toNumber)));
	defineMethod(math, 'random', 0, seededRandom());
	defineValue(math, Symbol.toStringTag, 'Math', 4);
	defineValue(global, 'Math', math);
}
