/** `id(obj)`: a stable number per object, shaped like CPython's addresses (they are only compared). */
const ids = new WeakMap<object, number>();
let nextId = 0x7f3a_1c00_0000;

export function objectId(obj: object): number {
	let id = ids.get(obj);
	if (id === undefined) {
		id = nextId;
		nextId += 0x40;
		ids.set(obj, id);
	}
	return id;
}

export function addressOf(obj: object): string {
	return `0x${objectId(obj).toString(16).padStart(12, '0')}`;
}

const primitiveIds = new Map<unknown, number>();

/** `id()` of an int, str, bool or None: stable per value (CPython caches small ints and interns strings). */
export function valueId(value: unknown): number {
	let id = primitiveIds.get(value);
	if (id === undefined) {
		id = nextId;
		nextId += 0x20;
		primitiveIds.set(value, id);
	}
	return id;
}
