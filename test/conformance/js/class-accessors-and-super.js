// Getters and setters on classes: inherited, overridden, reached through super, and static ones.
class Temperature {
	static #instances = 0;
	#celsius = 0;
	constructor(celsius) {
		this.#celsius = celsius;
		Temperature.#instances++;
	}
	get celsius() {
		return this.#celsius;
	}
	set celsius(value) {
		if (typeof value !== 'number') throw new TypeError('celsius must be a number');
		this.#celsius = value;
	}
	get fahrenheit() {
		return this.#celsius * 9 / 5 + 32;
	}
	static get count() {
		return Temperature.#instances;
	}
	toString() {
		return `${this.#celsius}°C`;
	}
}

class Reading extends Temperature {
	get fahrenheit() {
		return Math.round(super.fahrenheit) + '°F (rounded)';
	}
}

const t = new Temperature(21.5);
const r = new Reading(37.2);
t.celsius = 30;
console.log(t.celsius, t.fahrenheit, `${t}`, String(r));
console.log(r.fahrenheit, r.celsius, Temperature.count, Reading.count);
try {
	r.celsius = 'hot';
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
console.log(t, r);
console.log(Object.getOwnPropertyNames(Temperature.prototype), 'fahrenheit' in r, r.hasOwnProperty('fahrenheit'));
const descriptor = Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius');
console.log(typeof descriptor.get, typeof descriptor.set, descriptor.enumerable, descriptor.configurable);
