const items = [];
for (let i = 0; i < 20000; i++) items.push({id: i, value: i % 13});
const total = items
	.map(item => ({id: item.id, value: item.value * 2}))
	.filter(item => item.value % 3 === 0)
	.reduce((sum, item) => sum + item.value, 0);
console.log(total);
