// this depends on how a function is called; arrows keep the outer this.
const counter = {
	count: 0,
	increment() {
		this.count++;
		return this;
	},
	later() {
		return [1, 2].map(() => this.count);
	},
};
console.log(counter.increment().increment().count, counter.later());
function listArgs() {
	return arguments.length + ': ' + Array.from(arguments).join(' ');
}
console.log(listArgs('a', 'b', 'c'));
function whoAmI() {
	return this === undefined ? 'undefined this' : typeof this;
}
console.log(whoAmI.call({ x: 1 }), whoAmI.apply([1]));
const bound = function () {
	return this.label;
}.bind({ label: 'bound label' });
console.log(bound());
function withDefaults(a, b = a * 2, ...rest) {
	return [a, b, rest];
}
console.log(withDefaults(1), withDefaults(1, 5, 6, 7));
