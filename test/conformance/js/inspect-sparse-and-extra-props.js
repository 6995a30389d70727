// Holes in arrays and extra properties on arrays.
const holes = [1, , 3];
console.log(holes);
const array = new Array(3);
console.log(array);
const tagged = [1, 2];
tagged.label = 'extra';
console.log(tagged);
