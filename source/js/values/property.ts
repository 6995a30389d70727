import type {Value} from './value.js';
import type {JSObject} from './js-object.js';

export const writable = 1;
export const enumerable = 2;
export const configurable = 4;
export const accessor = 8;

/** The flags of a property created by assignment or an object literal. */
export const defaultFlags = writable | enumerable | configurable;
/** The flags of a built-in method or a class method. */
export const hiddenFlags = writable | configurable;

/** A property descriptor as stored (§6.2.6): data when `accessor` is clear, else get/set. */
export class Property {
	constructor(
		public value: Value,
		public flags: number,
		public getter: JSObject | undefined = undefined,
		public setter: JSObject | undefined = undefined,
	) {}

	get isAccessor(): boolean {
		return (this.flags & accessor) !== 0;
	}
}
