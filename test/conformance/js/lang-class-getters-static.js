// Getters, setters and static factory methods.
class Temperature {
	#celsius = 0;
	static fromFahrenheit(f) {
		const t = new Temperature();
		t.fahrenheit = f;
		return t;
	}
	get fahrenheit() {
		return this.#celsius * 1.8 + 32;
	}
	set fahrenheit(value) {
		this.#celsius = (value - 32) / 1.8;
	}
	get celsius() {
		return this.#celsius;
	}
}
const t = Temperature.fromFahrenheit(212);
console.log(t.celsius, t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius);
