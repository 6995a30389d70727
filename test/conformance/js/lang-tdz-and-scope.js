// let and const are block scoped and unusable before their declaration.
try {
	console.log(early);
	let early = 1;
} catch (error) {
	console.log(error.name + ': ' + error.message);
}
console.log(typeof hoisted, hoisted);
var hoisted = 'var is hoisted as undefined';
{
	let blockOnly = 'inside';
	console.log(blockOnly);
}
console.log(typeof blockOnly);
console.log(declaredLater());
function declaredLater() {
	return 'function declarations are hoisted whole';
}
const shadow = 'outer';
{
	const shadow = 'inner';
	console.log(shadow);
}
console.log(shadow);
