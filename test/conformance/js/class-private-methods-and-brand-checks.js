// Private methods, static private fields, #x in obj brand checks, and errors for wrong receivers.
class Counter {
	#count = 0;
	static #created = 0;
	constructor() {
		Counter.#created++;
	}
	#bump(by) {
		this.#count += by;
		return this;
	}
	get #doubled() {
		return this.#count * 2;
	}
	add(by = 1) {
		return this.#bump(by);
	}
	report() {
		return `${this.#count} (doubled ${this.#doubled})`;
	}
	static isCounter(value) {
		return #count in value;
	}
	static get created() {
		return Counter.#created;
	}
}
const c = new Counter().add().add(5);
console.log(c.report(), Counter.isCounter(c), Counter.isCounter({}), Counter.created);
try {
	Counter.prototype.report.call({});
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
console.log(c, Object.keys(c), JSON.stringify(c));
class Sub extends Counter {
	report() {
		return 'sub ' + super.report();
	}
}
console.log(new Sub().add(2).report(), Counter.isCounter(new Sub()), Counter.created);
