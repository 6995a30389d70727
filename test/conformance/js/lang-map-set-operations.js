// Map and Set as data structures.
const visits = new Map();
for (const page of ['home', 'about', 'home', 'home']) {
	visits.set(page, (visits.get(page) ?? 0) + 1);
}
console.log(visits, visits.size);
visits.delete('about');
console.log([...visits.entries()], visits.has('about'));
const unique = new Set('mississippi');
console.log(unique, unique.size, unique.has('s'));
unique.add('z').add('m');
console.log([...unique].join(''));
visits.forEach((count, page) => console.log(page, count));
