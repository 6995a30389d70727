// Getters and setters in object literals.
const person = {
	first: 'Ada',
	last: 'Lovelace',
	get full() {
		return `${this.first} ${this.last}`;
	},
	set full(value) {
		[this.first, this.last] = value.split(' ');
	},
};
console.log(person.full);
person.full = 'Grace Hopper';
console.log(person.first, person.last, person.full);
console.log(Object.keys(person));
