// The type operators.
console.log(typeof 1, typeof 'x', typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof (() => {}), typeof Symbol(), typeof 1n);
class A {}
console.log(new A() instanceof A, [] instanceof Array, [] instanceof Object, {} instanceof A);
const obj = { a: 1, b: 2 };
console.log('a' in obj, 'z' in obj, 0 in [5], delete obj.a, obj, 'a' in obj);
console.log(1 == '1', 1 === '1', null == undefined, null === undefined, NaN === NaN, [] + [], [] == false);
