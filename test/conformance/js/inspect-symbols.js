// Symbols as values and as keys.
const id = Symbol('id');
console.log(id, Symbol(), Symbol.for('shared'));
console.log({ [id]: 123, regular: true });
console.log(id.toString(), id.description);
console.log(Symbol.for('shared') === Symbol.for('shared'), Symbol('x') === Symbol('x'));
