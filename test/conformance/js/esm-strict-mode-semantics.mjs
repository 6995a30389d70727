// Modules are strict: `this` is undefined at top level and in plain calls, and functions have no
// own arguments/caller properties.
console.log(typeof this, this);
function whoAmI() {
	return this;
}
console.log(whoAmI());
console.log(Object.getOwnPropertyNames(whoAmI));
try {
	undeclared = 1;
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
const frozen = Object.freeze({ x: 1 });
try {
	frozen.x = 2;
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
console.log('%o', whoAmI);
