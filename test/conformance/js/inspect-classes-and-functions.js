// Classes and functions as values: static members, extends, bound and anonymous functions, properties.
class Animal {
	static kingdom = 'animalia';
	static count = 0;
}
class Dog extends Animal {
	static bark() {}
}
function plain() {}
plain.meta = { version: 1 };
const arrow = () => {};
const bound = plain.bind(null);
const anonymous = [function () {}, () => {}, class {}][0];
console.log(Animal, Dog, [Animal, Dog]);
console.log(plain, arrow, bound, anonymous, bound.name, arrow.name);
console.log({ plain, arrow, async: async () => {}, gen: function* () {}, asyncGen: async function* named() {} });
console.log(Object.assign(() => {}, { a: 1 }), Math.max, console.log, Symbol, Promise.resolve);
console.log(class extends Array {}, class Named extends Map {}, Object.getPrototypeOf(Dog) === Animal);
console.log(typeof Dog, Dog.name, Dog.length, new Dog() instanceof Animal, Dog.kingdom, Object.keys(Dog), Object.getOwnPropertyNames(Dog));
