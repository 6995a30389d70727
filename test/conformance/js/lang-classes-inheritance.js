// Classes: fields, methods, static members, extends and super.
class Animal {
	legs = 4;
	static count = 0;
	constructor(name) {
		this.name = name;
		Animal.count++;
	}
	speak() {
		return `${this.name} makes a sound`;
	}
	static describe() {
		return `${Animal.count} animals`;
	}
}
class Bird extends Animal {
	legs = 2;
	speak() {
		return super.speak() + ' (tweet)';
	}
}
const dog = new Animal('Rex');
const bird = new Bird('Tweety');
console.log(dog.speak(), dog.legs);
console.log(bird.speak(), bird.legs);
console.log(Animal.describe(), bird instanceof Animal);
console.log(bird);
