import {surroundingAgent} from '../runtime/agent.js';
import {throwTypeError} from '../runtime/errors.js';
import {JSObject} from '../values/js-object.js';
import {prototypeFromConstructor} from '../values/object-operations.js';
import {toNumber, toPrimitive, toString} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {arg, defineConstructor, defineMethod} from './define.js';

/** The epoch the virtual clock starts at: 2024-01-01T00:00:00Z, so dates print plausibly and identically every run. */
const epochMs = Date.UTC(2024, 0, 1);

/** Date.now() on the virtual clock: whole milliseconds, as Node's. */
export function virtualNow(): number {
	return epochMs + Math.floor(surroundingAgent.readClock());
}

function timeOf(value: Value): number {
	const internal = value instanceof JSObject && value.className === 'Date' ? (value.internal as {time: number}) : undefined;
	if (!internal) throwTypeError('this is not a Date object.');
	return internal.time;
}

const getters = ['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds', 'getUTCFullYear', 'getUTCMonth', 'getUTCDate', 'getUTCDay', 'getUTCHours', 'getUTCMinutes', 'getUTCSeconds', 'getUTCMilliseconds', 'getTimezoneOffset', 'toISOString', 'toJSON', 'toUTCString', 'toDateString', 'toTimeString', 'toLocaleDateString', 'toLocaleTimeString', 'toLocaleString', 'toString'] as const;

/** Date (§21.4), reading the virtual clock; calendar arithmetic is the host's. */
export function installDate(global: JSObject): void {
	const realm = surroundingAgent.realm;
	const proto = new JSObject(realm.objectPrototype);
	realm.datePrototype = proto;
	const Date_ = defineConstructor(
		global,
		'Date',
		7,
		(_this, args, newTarget) => {
			if (!newTarget) return new Date(virtualNow()).toString();
			let time: number;
			if (args.length === 0) time = virtualNow();
			else if (args.length === 1) {
				const value = args[0] instanceof JSObject && args[0].className === 'Date' ? timeOf(args[0]) : toPrimitive(args[0]);
				time = typeof value === 'string' ? Date.parse(value) : toNumber(value);
			} else {
				const parts = args.map(toNumber) as [number, number, ...number[]];
				time = new Date(...parts).getTime();
			}
			const date = new JSObject(prototypeFromConstructor(newTarget, proto));
			date.className = 'Date';
			date.internal = {time: Number.isFinite(time) ? Math.trunc(time) : Number.NaN};
			return date;
		},
		proto,
	);
	defineMethod(Date_, 'now', 0, () => virtualNow());
	defineMethod(Date_, 'parse', 1, (_this, args) => Date.parse(toString(arg(args, 0))));
	defineMethod(Date_, 'UTC', 7, (_this, args) => Date.UTC(...(args.map(toNumber) as [number, number])));
	defineMethod(proto, 'getTime', 0, self => timeOf(self));
	defineMethod(proto, 'valueOf', 0, self => timeOf(self));
	for (const name of getters) {
		defineMethod(proto, name, 0, self => {
			const date = new Date(timeOf(self));
			if (name === 'toISOString' && Number.isNaN(date.getTime())) throwTypeError('Invalid time value');
			return (date[name] as () => string | number)();
		});
	}
	defineMethod(proto, Symbol.toPrimitive, 1, (self, args) => {
		const hint = arg(args, 0);
		return hint === 'number' ? timeOf(self) : new Date(timeOf(self)).toString();
	});
}
