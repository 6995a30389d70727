// Long arrays of numbers are grouped into aligned columns.
const numbers = [];
for (let i = 0; i < 30; i++) numbers.push(i * 7);
console.log(numbers);
const many = Array.from({ length: 120 }, (_, i) => i);
console.log(many);
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
