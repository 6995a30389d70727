// Destructuring arrays and objects, with defaults, renames and rest.
const [first, , third = 'default', ...others] = [1, 2, undefined, 4, 5];
console.log(first, third, others);
const { name, age: years = 30, address: { city } = { city: 'unknown' }, ...rest } = {
	name: 'Ada',
	role: 'engineer',
	team: 'core',
};
console.log(name, years, city, rest);
function area({ width = 1, height = 1 } = {}) {
	return width * height;
}
console.log(area({ width: 3, height: 4 }), area({ width: 5 }), area());
let x = 1;
let y = 2;
[x, y] = [y, x];
console.log('swapped', x, y);
