import type {PySet} from './py-containers.js';
import type {PyValue} from './py-object.js';

const linearProbes = 9;
const perturbShift = 5;

/**
 * The order CPython iterates a set of small non-negative ints: their slots in its open-addressing
 * table (Objects/setobject.c: `set_add_entry`, linear probes then perturbation, resize at 60% fill
 * to 4x used). Members are replayed in insertion order; other sets keep insertion order, since
 * CPython randomises string hashes anyway.
 */
export function setMembers(set: PySet): PyValue[] {
	const members = [...set.map.values()];
	if (members.length < 2 || members.length > 50_000) return members;
	for (const member of members) if (typeof member !== 'number' || member < 0 || member >= 2 ** 31) return members;
	let mask = 7;
	let table = new Array<number | undefined>(mask + 1);
	let used = 0;
	const insert = (target: (number | undefined)[], targetMask: number, value: number) => {
		let index = value & targetMask;
		let perturb = value;
		for (;;) {
			const probes = index + linearProbes <= targetMask ? linearProbes : 0;
			for (let offset = 0; offset <= probes; offset++) {
				if (target[index + offset] === undefined) {
					target[index + offset] = value;
					return;
				}
			}
			perturb = Math.floor(perturb / 2 ** perturbShift);
			index = (index * 5 + 1 + perturb) & targetMask;
		}
	};
	for (const member of members as number[]) {
		insert(table, mask, member);
		used++;
		if (used * 5 >= mask * 3) {
			const minUsed = used > 50_000 ? used * 2 : used * 4;
			let size = 8;
			while (size <= minUsed) size <<= 1;
			const old = table;
			mask = size - 1;
			table = new Array<number | undefined>(size);
			for (const value of old) if (value !== undefined) insert(table, mask, value);
		}
	}
	return table.filter((value): value is number => value !== undefined);
}
