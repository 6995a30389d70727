import {SandboxStop} from '../host/process-exit.js';
import {surroundingAgent} from '../runtime/agent.js';
import {JSObject, isArrayIndex} from './js-object.js';
import {Property, defaultFlags, writable} from './property.js';
import type {PropertyKey, Value} from './value.js';
import {formatCount} from '../../plan/index.js';

/**
 * The longest array loopstep simulates. Elements live in a host array, so `new Array(1e9).fill(0)`
 * would take minutes and gigabytes before V8 gave up (Node itself runs out of heap on it). At 2 Mi
 * items a backing store is at most 16 MB, which is what V8 still grants a worker at its heap limit:
 * so a program that fills the heap with arrays ends the simulation thread cleanly (reported as out
 * of memory) instead of aborting the whole process. A teaching program never comes near it.
 */
const arrayLengthCap = 2 ** 21;

/** Stops the simulation (reason `memory`) before an array grows past `arrayLengthCap`. */
export function ensureArrayLength(length: number): void {
	if (length <= arrayLengthCap) return;
	const line = surroundingAgent.currentLine || undefined;
	throw new SandboxStop(`the program made an array of ${formatCount(length)} items, more than loopstep's cap of ${formatCount(arrayLengthCap)}${line ? ` (line ${line})` : ''}`, line, 'memory');
}

/**
 * An Array exotic object (§10.4.2). Elements live in a host array (holes stay holes) so index
 * access is a plain array access; `length` is that array's length.
 */
export class JSArray extends JSObject {
	/** Set by Object.freeze / seal: elements and length become read-only. */
	frozen = false;

	constructor(
		proto: JSObject | null,
		public items: Value[],
	) {
		super(proto);
		this.className = 'Array';
	}

	override getOwn(key: PropertyKey): Property | undefined {
		if (typeof key === 'string') {
			if (key === 'length') return new Property(this.items.length, this.frozen ? 0 : writable);
			if (isArrayIndex(key)) {
				const index = Number(key);
				if (!(index in this.items)) return undefined;
				return new Property(this.items[index], this.frozen ? 2 : defaultFlags);
			}
		}
		return super.getOwn(key);
	}

	override defineOwn(key: PropertyKey, property: Property): boolean {
		if (typeof key === 'string') {
			if (key === 'length') {
				if (this.frozen) return false;
				ensureArrayLength(Number(property.value));
				this.items.length = Number(property.value);
				return true;
			}
			if (isArrayIndex(key)) {
				if (this.frozen || property.isAccessor) return false;
				ensureArrayLength(Number(key) + 1);
				this.items[Number(key)] = property.value;
				return true;
			}
		}
		return super.defineOwn(key, property);
	}

	override setOwnFast(key: PropertyKey, value: Value): boolean {
		if (typeof key === 'string' && (key === 'length' || isArrayIndex(key))) return this.defineOwn(key, new Property(value, defaultFlags));
		return super.setOwnFast(key, value);
	}

	override deleteOwn(key: PropertyKey): boolean {
		if (typeof key === 'string' && isArrayIndex(key)) {
			if (this.frozen) return false;
			delete this.items[Number(key)];
			return true;
		}
		if (key === 'length') return false;
		return super.deleteOwn(key);
	}

	override ownKeys(): PropertyKey[] {
		const keys: PropertyKey[] = [];
		this.items.forEach((_, index) => keys.push(String(index)));
		keys.push('length');
		for (const key of super.ownKeys()) keys.push(key);
		return keys;
	}
}
