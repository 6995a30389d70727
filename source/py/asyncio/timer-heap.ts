/** What the heap needs from an entry: its due time and the order it was scheduled in. */
export interface HeapEntry {
	/** `TimerHandle._when` in nanoseconds, rounded, so float noise (0.7 + 0.1 < 0.8) makes a tie. */
	readonly whenKey: number;
	readonly sequence: number;
}

/**
 * A binary min-heap, as `heapq` keeps CPython's `_scheduled`. CPython orders TimerHandles by `when`
 * alone; real time moves between two `call_later` calls, so a later call gets a later `when`. The
 * virtual clock stands still while code runs, so equal times are broken by scheduling order
 * (semantics.md, asyncio rule 9).
 */
export class TimerHeap<T extends HeapEntry> {
	private readonly heap: T[] = [];

	get length(): number {
		return this.heap.length;
	}

	peek(): T | undefined {
		return this.heap[0];
	}

	push(entry: T): void {
		const heap = this.heap;
		heap.push(entry);
		let at = heap.length - 1;
		while (at > 0) {
			const parent = (at - 1) >> 1;
			if (!before(entry, heap[parent]!)) break;
			heap[at] = heap[parent]!;
			at = parent;
		}
		heap[at] = entry;
	}

	pop(): T | undefined {
		const heap = this.heap;
		const top = heap[0];
		const last = heap.pop();
		if (heap.length > 0 && last !== undefined) {
			heap[0] = last;
			this.siftDown(0);
		}
		return top;
	}

	/** Takes out the entries `remove` picks and restores the heap (`heapq.heapify`); returns them. */
	removeWhere(remove: (entry: T) => boolean): T[] {
		const removed: T[] = [];
		const kept: T[] = [];
		for (const entry of this.heap) (remove(entry) ? removed : kept).push(entry);
		this.heap.length = 0;
		for (const entry of kept) this.heap.push(entry);
		for (let at = (kept.length >> 1) - 1; at >= 0; at--) this.siftDown(at);
		return removed;
	}

	private siftDown(from: number): void {
		const heap = this.heap;
		const entry = heap[from]!;
		const length = heap.length;
		let at = from;
		for (;;) {
			const left = 2 * at + 1;
			if (left >= length) break;
			const right = left + 1;
			const child = right < length && before(heap[right]!, heap[left]!) ? right : left;
			if (!before(heap[child]!, entry)) break;
			heap[at] = heap[child]!;
			at = child;
		}
		heap[at] = entry;
	}
}

function before(a: HeapEntry, b: HeapEntry): boolean {
	return a.whenKey < b.whenKey || (a.whenKey === b.whenKey && a.sequence < b.sequence);
}
