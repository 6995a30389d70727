import {surroundingAgent} from '../runtime/agent.js';
import {throwTypeError} from '../runtime/errors.js';
import {JSObject} from '../values/js-object.js';
import {toString} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {arg, defineConstructor, defineGetter, defineMethod, defineValue, plainObject} from './define.js';

const wellKnown = ['iterator', 'asyncIterator', 'hasInstance', 'toPrimitive', 'toStringTag', 'species', 'isConcatSpreadable', 'match', 'replace', 'search', 'split', 'unscopables'] as const;

function thisSymbol(value: Value): symbol {
	if (typeof value === 'symbol') return value;
	const primitive = value instanceof JSObject ? (value.internal as {primitive?: Value} | undefined)?.primitive : undefined;
	if (typeof primitive === 'symbol') return primitive;
	throwTypeError('Symbol.prototype method called on incompatible receiver');
}

/** Symbol (§20.4): program symbols are host symbols; the well-known ones are the host's own. */
export function installSymbol(global: JSObject): void {
	const realm = surroundingAgent.realm;
	const proto = plainObject();
	realm.symbolPrototype = proto;
	const registry = new Map<string, symbol>();
	const Symbol_ = defineConstructor(
		global,
		'Symbol',
		0,
		(_this, args, newTarget) => {
			if (newTarget) throwTypeError('Symbol is not a constructor');
			const description = arg(args, 0);
			return Symbol(description === undefined ? undefined : toString(description));
		},
		proto,
	);
	for (const name of wellKnown) defineValue(Symbol_, name, Symbol[name], 0);
	defineMethod(Symbol_, 'for', 1, (_this, args) => {
		const key = toString(arg(args, 0));
		let symbol = registry.get(key);
		if (!symbol) registry.set(key, (symbol = Symbol.for(key)));
		return symbol;
	});
	defineMethod(Symbol_, 'keyFor', 1, (_this, args) => {
		const symbol = arg(args, 0);
		for (const [key, value] of registry) if (value === symbol) return key;
		return undefined;
	});
	defineMethod(proto, 'toString', 0, self => thisSymbol(self).toString());
	defineMethod(proto, 'valueOf', 0, self => thisSymbol(self));
	defineGetter(proto, 'description', self => thisSymbol(self).description);
	defineValue(proto, Symbol.toStringTag, 'Symbol', 4);
}
