import {type PyObject, PythonRaise} from './host.js';
import {Queue} from './queues.js';

/**
 * queues.py `PriorityQueue`: the smallest item first, kept with `heapq`. Items that compare equal
 * come out in heapq's order, not insertion order, so `_siftdown`/`_siftup` follow heapq.py exactly.
 */
export class PriorityQueue extends Queue {
	private readonly heap: PyObject[] = [];

	protected override _put(item: PyObject): void {
		this.heap.push(item);
		this._siftdown(0, this.heap.length - 1);
	}

	protected override _get(): PyObject {
		const heap = this.heap;
		const last = heap.pop();
		if (heap.length === 0) return last;
		const top = heap[0];
		heap[0] = last;
		this._siftup(0);
		return top;
	}

	override items(): PyObject[] {
		return [...this.heap];
	}

	override qsize(): number {
		return this.heap.length;
	}

	override empty(): boolean {
		return this.heap.length === 0;
	}

	private less(a: PyObject, b: PyObject): boolean {
		const host = this.runtime.host;
		if (!host.lessThan) throw new PythonRaise(host.makeException('TypeError', 'PriorityQueue items cannot be compared here'));
		return host.lessThan(a, b);
	}

	/** heapq.py `_siftdown`. */
	private _siftdown(startpos: number, from: number): void {
		const heap = this.heap;
		const newitem = heap[from];
		let pos = from;
		while (pos > startpos) {
			const parentpos = (pos - 1) >> 1;
			const parent = heap[parentpos];
			if (!this.less(newitem, parent)) break;
			heap[pos] = parent;
			pos = parentpos;
		}
		heap[pos] = newitem;
	}

	/** heapq.py `_siftup`: move the smaller child up to a leaf, then sift the item down. */
	private _siftup(from: number): void {
		const heap = this.heap;
		const endpos = heap.length;
		const newitem = heap[from];
		let pos = from;
		let childpos = 2 * pos + 1;
		while (childpos < endpos) {
			const rightpos = childpos + 1;
			if (rightpos < endpos && !this.less(heap[childpos], heap[rightpos])) childpos = rightpos;
			heap[pos] = heap[childpos];
			pos = childpos;
			childpos = 2 * pos + 1;
		}
		heap[pos] = newitem;
		this._siftdown(from, pos);
	}
}
