// Async arrows and async methods behave like async functions.
const double = async x => x * 2;
const calculator = {
	base: 10,
	async add(x) {
		await null;
		return this.base + x;
	},
};
class Greeter {
	async greet(name) {
		return `hello ${name}`;
	}
}
double(4).then(value => console.log('double', value));
calculator.add(5).then(value => console.log('add', value));
new Greeter().greet('ada').then(value => console.log(value));
