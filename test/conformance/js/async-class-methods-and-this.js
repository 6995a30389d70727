// Async methods, static async methods and async arrows keep `this`; awaiting inside loops and maps.
class Queue {
	static created = 0;
	#items = [];
	constructor(name) {
		this.name = name;
		Queue.created++;
	}
	async add(item) {
		await null;
		this.#items.push(item);
		return this.#items.length;
	}
	async drain() {
		const out = [];
		while (this.#items.length) {
			out.push(await Promise.resolve(this.#items.shift()));
		}
		return `${this.name}: ${out.join(',')}`;
	}
	static async make(name, ...items) {
		const q = new this(name);
		for (const item of items) await q.add(item);
		return q;
	}
	later = async () => {
		await new Promise(resolve => setTimeout(resolve, 5));
		return `${this.name} later`;
	};
}

(async () => {
	const q = await Queue.make('jobs', 'a', 'b', 'c');
	console.log(await q.add('d'));
	console.log(await q.drain());
	const lengths = await Promise.all(['x', 'y'].map(item => q.add(item)));
	console.log(lengths, await q.later(), Queue.created);
	const { later } = q;
	console.log(await later());
})();
console.log('sync end');
