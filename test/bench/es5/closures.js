var items = [];
for (var i = 0; i < 20000; i++) items.push({id: i, value: i % 13});
var total = items
	.map(function (item) { return {id: item.id, value: item.value * 2}; })
	.filter(function (item) { return item.value % 3 === 0; })
	.reduce(function (sum, item) { return sum + item.value; }, 0);
console.log(total);
