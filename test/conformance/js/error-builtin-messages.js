// Messages of common built-in errors.
try {
	null.prop;
} catch (error) {
	console.log(error.name);
}
try {
	undefinedVariable;
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
try {
	const fixed = 1;
	fixed = 2;
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
try {
	(void 0)();
} catch (error) {
	console.log(error.name);
}
try {
	new Array(-1);
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
