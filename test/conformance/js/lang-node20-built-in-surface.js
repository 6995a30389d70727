// Which newer built-ins exist in Node 20 and which do not yet (they came in Node 21 and 22).
const checks = {
	'Array.prototype.findLast': Array.prototype.findLast,
	'Array.prototype.toSorted': Array.prototype.toSorted,
	'Array.prototype.with': Array.prototype.with,
	'Object.hasOwn': Object.hasOwn,
	'Object.groupBy': Object.groupBy,
	'Map.groupBy': Map.groupBy,
	'Promise.withResolvers': Promise.withResolvers,
	'Array.fromAsync': Array.fromAsync,
	'String.prototype.at': String.prototype.at,
	'String.prototype.isWellFormed': String.prototype.isWellFormed,
};
for (const [name, value] of Object.entries(checks)) console.log(name.padEnd(32), typeof value);
console.log('ab\uD800'.isWellFormed(), 'ab'.isWellFormed(), JSON.stringify('x\uDC00y'.toWellFormed()));
