// Beyond depth 2, objects and arrays are abbreviated.
const deep = { level1: { level2: { level3: { level4: 'hidden' } } } };
console.log(deep);
console.log([[[[['deep array']]]]]);
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: {} } } });
