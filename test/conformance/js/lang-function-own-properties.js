// Own properties of functions as V8 makes them: sloppy functions have arguments and caller; a
// function stored under a computed key is named after the key.
function sloppy(a, b) {}
const strict = function () {
	'use strict';
};
console.log(Object.getOwnPropertyNames(sloppy), Object.getOwnPropertyNames(strict));
console.log(Object.getOwnPropertyNames(() => 1), Object.getOwnPropertyNames(function* () {}), Object.getOwnPropertyNames(async function () {}));
console.log(Object.getOwnPropertyNames(class {}), Object.getOwnPropertyNames({ m() {} }.m));
console.log(sloppy.arguments, sloppy.caller, sloppy.length, sloppy.name, 'arguments' in strict);
const descriptor = Object.getOwnPropertyDescriptor(sloppy, 'caller');
console.log(descriptor.writable, descriptor.enumerable, descriptor.configurable);
const key = 'dynamic';
const sym = Symbol('tagged');
const holder = { [key + 'Name']: function () {}, [sym]: () => {}, [Symbol()]: function* () {}, ['lit']: class {} };
console.log(holder);
console.log(holder.dynamicName.name, holder[sym].name, holder.lit.name);
console.log('%o', sloppy);
