/**
 * A FIFO ring buffer: `append` and `popleft` in O(1), as `collections.deque` gives CPython's
 * `_ready`. The capacity doubles when full and stays a power of two so indexing is a mask.
 */
export class Deque<T> {
	private items: (T | undefined)[] = new Array<T | undefined>(16);
	private head = 0;
	private size = 0;

	get length(): number {
		return this.size;
	}

	append(item: T): void {
		if (this.size === this.items.length) this.grow();
		this.items[(this.head + this.size) & (this.items.length - 1)] = item;
		this.size++;
	}

	popleft(): T | undefined {
		if (this.size === 0) return undefined;
		const item = this.items[this.head];
		this.items[this.head] = undefined;
		this.head = (this.head + 1) & (this.items.length - 1);
		this.size--;
		return item;
	}

	/** The item `index` places from the left. */
	at(index: number): T | undefined {
		if (index < 0 || index >= this.size) return undefined;
		return this.items[(this.head + index) & (this.items.length - 1)];
	}

	*[Symbol.iterator](): Generator<T> {
		for (let index = 0; index < this.size; index++) yield this.at(index)!;
	}

	private grow(): void {
		const bigger = new Array<T | undefined>(this.items.length * 2);
		for (let index = 0; index < this.size; index++) bigger[index] = this.at(index);
		this.items = bigger;
		this.head = 0;
	}
}
