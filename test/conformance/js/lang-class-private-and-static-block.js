// Private fields and methods, static blocks, instanceof and class expressions.
class Counter {
	static instances;
	static {
		Counter.instances = 0;
	}
	#count = 0;
	constructor() {
		Counter.instances++;
	}
	#bump(by) {
		this.#count += by;
	}
	add(by = 1) {
		this.#bump(by);
		return this;
	}
	get value() {
		return this.#count;
	}
	static isCounter(object) {
		return #count in object;
	}
}
const counter = new Counter().add().add(5);
console.log(counter.value, Counter.instances, Counter.isCounter(counter), Counter.isCounter({}));
console.log(counter);
const Anonymous = class {};
console.log(Anonymous.name, new Anonymous());
