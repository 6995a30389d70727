import {Property, accessor, configurable, defaultFlags, writable} from './property.js';
import type {PropertyKey, Value} from './value.js';

/**
 * An ordinary object (§10.1). Exotic objects (arrays, strings, functions) subclass it and override
 * the own-property hooks. `className` is the brand inspect and `Object.prototype.toString` read.
 */
export class JSObject {
	// The fields are assigned in the constructor, not initialised where declared: class fields are
	// defined with [[DefineOwnProperty]], and the one initializer every subclass shares (promises,
	// functions, arrays...) turns megamorphic in V8 and cost a fifth of a promise-heavy run.
	declare proto: JSObject | null;
	/** Created on the first own property: most promises and many plain objects never get one. */
	private declare ownProperties: Map<PropertyKey, Property> | undefined;
	declare extensible: boolean;
	declare className: string;
	/** Internal slots of built-in objects (e.g. [[ErrorData]], [[MapData]]), keyed by slot name. */
	declare internal: unknown;
	/** PrivateElements (§6.2.10): `#x` fields and methods, invisible to property enumeration. */
	declare privateElements: Map<symbol, Property> | undefined;

	constructor(proto: JSObject | null) {
		this.proto = proto;
		this.ownProperties = undefined;
		this.extensible = true;
		this.className = 'Object';
		this.internal = undefined;
		this.privateElements = undefined;
	}

	/** The own properties in creation order, for writers and for whole-object walks. */
	get props(): Map<PropertyKey, Property> {
		return (this.ownProperties ??= new Map());
	}

	getOwn(key: PropertyKey): Property | undefined {
		return this.ownProperties?.get(key);
	}

	/** [[DefineOwnProperty]] reduced to what the simulator needs: replace or create. */
	defineOwn(key: PropertyKey, property: Property): boolean {
		const current = this.ownProperties?.get(key);
		if (current) {
			if (!(current.flags & configurable)) {
				if (current.isAccessor || property.isAccessor) return false;
				if (!(current.flags & writable)) return property.value === current.value || Object.is(property.value, current.value);
				current.value = property.value;
				return true;
			}
		} else if (!this.extensible) {
			return false;
		}
		this.props.set(key, property);
		return true;
	}

	/** Fast path of [[Set]] on an own writable data property; false when the generic path is needed. */
	setOwnFast(key: PropertyKey, value: Value): boolean {
		const current = this.ownProperties?.get(key);
		if (current === undefined || (current.flags & (accessor | writable)) !== writable) return false;
		current.value = value;
		return true;
	}

	deleteOwn(key: PropertyKey): boolean {
		const current = this.ownProperties?.get(key);
		if (!current) return true;
		if (!(current.flags & configurable)) return false;
		this.ownProperties!.delete(key);
		return true;
	}

	/** [[OwnPropertyKeys]] (§10.1.11.1): integer keys ascending, then strings, then symbols, in creation order. */
	ownKeys(): PropertyKey[] {
		const integers: string[] = [];
		const strings: string[] = [];
		const symbols: symbol[] = [];
		if (this.ownProperties === undefined) return [];
		for (const key of this.ownProperties.keys()) {
			if (typeof key === 'symbol') symbols.push(key);
			else if (isArrayIndex(key)) integers.push(key);
			else strings.push(key);
		}
		if (integers.length > 1) integers.sort((a, b) => Number(a) - Number(b));
		return [...integers, ...strings, ...symbols];
	}

	/** Defines a data property with the default flags of an assignment (CreateDataProperty). */
	put(key: PropertyKey, value: Value, flags = defaultFlags): void {
		this.defineOwn(key, new Property(value, flags));
	}
}

/** CanonicalNumericIndexString restricted to array indices (§6.1.7). */
export function isArrayIndex(key: string): boolean {
	const length = key.length;
	if (length === 0 || length > 10) return false;
	const first = key.charCodeAt(0);
	if (first === 48) return length === 1;
	for (let i = 0; i < length; i++) {
		const c = key.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	return Number(key) < 4294967295;
}

