import {surroundingAgent} from '../runtime/agent.js';
import {throwError, throwTypeError} from '../runtime/errors.js';
import {JSObject} from '../values/js-object.js';
import {prototypeFromConstructor} from '../values/object-operations.js';
import {toBoolean, toIntegerOrInfinity, toNumber, toNumeric, toPrimitive, toString} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {arg, defineConstructor, defineMethod, defineValue, plainObject} from './define.js';

function thisPrimitive<T extends 'number' | 'boolean' | 'bigint'>(value: Value, type: T, method: string): T extends 'number' ? number : T extends 'boolean' ? boolean : bigint {
	if (typeof value === type) return value as never;
	const primitive = value instanceof JSObject ? (value.internal as {primitive?: Value} | undefined)?.primitive : undefined;
	if (typeof primitive === type) return primitive as never;
	throwTypeError(`${method} requires that 'this' be a ${type === 'number' ? 'Number' : type === 'boolean' ? 'Boolean' : 'BigInt'}`);
}

function boxed(newTarget: JSObject, fallback: JSObject, className: string, primitive: Value): JSObject {
	const object = new JSObject(prototypeFromConstructor(newTarget, fallback));
	object.className = className;
	object.internal = {primitive};
	return object;
}

/** Number, Boolean and BigInt (§21.1, §20.3, §21.2). */
export function installNumberAndBoolean(global: JSObject): void {
	const realm = surroundingAgent.realm;
	const numberProto = plainObject();
	realm.numberPrototype = numberProto;
	const Number_ = defineConstructor(
		global,
		'Number',
		1,
		(_this, args, newTarget) => {
			const numeric = args.length === 0 ? 0 : toNumeric(args[0]);
			const value = typeof numeric === 'bigint' ? Number(numeric) : numeric;
			return newTarget ? boxed(newTarget, numberProto, 'Number', value) : value;
		},
		numberProto,
	);
	for (const name of ['MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER', 'MAX_VALUE', 'MIN_VALUE', 'EPSILON', 'NaN', 'POSITIVE_INFINITY', 'NEGATIVE_INFINITY'] as const) defineValue(Number_, name, Number[name], 0);
	defineMethod(Number_, 'isInteger', 1, (_this, args) => Number.isInteger(arg(args, 0)));
	defineMethod(Number_, 'isSafeInteger', 1, (_this, args) => Number.isSafeInteger(arg(args, 0)));
	defineMethod(Number_, 'isFinite', 1, (_this, args) => Number.isFinite(arg(args, 0)));
	defineMethod(Number_, 'isNaN', 1, (_this, args) => Number.isNaN(arg(args, 0)));
	defineValue(Number_, 'parseFloat', global.getOwn('parseFloat')?.value);
	defineMethod(Number_, 'parseFloat', 1, (_this, args) => Number.parseFloat(toString(arg(args, 0))));
	defineMethod(Number_, 'parseInt', 2, (_this, args) => Number.parseInt(toString(arg(args, 0)), arg(args, 1) === undefined ? undefined : toNumber(arg(args, 1))));
	defineMethod(numberProto, 'toString', 1, (self, args) => {
		const radix = arg(args, 0) === undefined ? 10 : toIntegerOrInfinity(arg(args, 0));
		if (radix < 2 || radix > 36) throwError('RangeError', 'toString() radix must be between 2 and 36');
		return thisPrimitive(self, 'number', 'Number.prototype.toString').toString(radix);
	});
	defineMethod(numberProto, 'toFixed', 1, (self, args) => {
		const digits = toIntegerOrInfinity(arg(args, 0));
		if (digits < 0 || digits > 100) throwError('RangeError', 'toFixed() digits argument must be between 0 and 100');
		return thisPrimitive(self, 'number', 'Number.prototype.toFixed').toFixed(digits);
	});
	defineMethod(numberProto, 'toPrecision', 1, (self, args) => {
		const n = thisPrimitive(self, 'number', 'Number.prototype.toPrecision');
		return arg(args, 0) === undefined ? String(n) : n.toPrecision(toIntegerOrInfinity(arg(args, 0)));
	});
	defineMethod(numberProto, 'toExponential', 1, (self, args) => {
		const n = thisPrimitive(self, 'number', 'Number.prototype.toExponential');
		return arg(args, 0) === undefined ? n.toExponential() : n.toExponential(toIntegerOrInfinity(arg(args, 0)));
	});
	defineMethod(numberProto, 'toLocaleString', 0, (self, args) => {
		const n = thisPrimitive(self, 'number', 'Number.prototype.toLocaleString');
		const locale = arg(args, 0);
		return n.toLocaleString(typeof locale === 'string' ? locale : 'en-US');
	});
	defineMethod(numberProto, 'valueOf', 0, self => thisPrimitive(self, 'number', 'Number.prototype.valueOf'));

	const booleanProto = plainObject();
	realm.booleanPrototype = booleanProto;
	defineConstructor(global, 'Boolean', 1, (_this, args, newTarget) => (newTarget ? boxed(newTarget, booleanProto, 'Boolean', toBoolean(arg(args, 0))) : toBoolean(arg(args, 0))), booleanProto);
	defineMethod(booleanProto, 'toString', 0, self => String(thisPrimitive(self, 'boolean', 'Boolean.prototype.toString')));
	defineMethod(booleanProto, 'valueOf', 0, self => thisPrimitive(self, 'boolean', 'Boolean.prototype.valueOf'));

	const bigintProto = plainObject();
	realm.bigintPrototype = bigintProto;
	defineConstructor(
		global,
		'BigInt',
		1,
		(_this, args, newTarget) => {
			if (newTarget) throwTypeError('BigInt is not a constructor');
			const primitive = toPrimitive(arg(args, 0), 'number');
			if (typeof primitive === 'number') {
				if (!Number.isInteger(primitive)) throwError('RangeError', `The number ${primitive} cannot be converted to a BigInt because it is not an integer`);
				return BigInt(primitive);
			}
			try {
				return BigInt(primitive as string | boolean | bigint);
			} catch {
				throwError('SyntaxError', `Cannot convert ${String(primitive)} to a BigInt`);
			}
		},
		bigintProto,
	);
	defineMethod(bigintProto, 'toString', 0, (self, args) => thisPrimitive(self, 'bigint', 'BigInt.prototype.toString').toString(arg(args, 0) === undefined ? 10 : toNumber(arg(args, 0))));
	defineMethod(bigintProto, 'valueOf', 0, self => thisPrimitive(self, 'bigint', 'BigInt.prototype.valueOf'));
	defineValue(bigintProto, Symbol.toStringTag, 'BigInt', 4);
}
