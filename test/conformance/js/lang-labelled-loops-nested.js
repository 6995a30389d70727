// Labels on loops and blocks: break and continue reach past inner loops and a switch.
const grid = [
	[1, 2, 3],
	[4, -1, 6],
	[7, 8, 9],
];
search: for (let row = 0; row < grid.length; row++) {
	for (let col = 0; col < grid[row].length; col++) {
		if (grid[row][col] < 0) {
			console.log('negative at', row, col);
			break search;
		}
	}
	console.log('row', row, 'clean');
}

let i = 0;
outer: while (i < 4) {
	i++;
	let j = 0;
	do {
		j++;
		switch (j) {
			case 2:
				continue outer;
			default:
				console.log('i', i, 'j', j);
		}
	} while (j < 5);
}

block: {
	console.log('inside labelled block');
	if (i === 4) break block;
	console.log('never printed');
}

const found = [];
pairs: for (const a of [1, 2, 3]) {
	for (const b of [1, 2, 3]) {
		if (b > a) continue pairs;
		if (a + b === 5) break pairs;
		found.push(`${a}${b}`);
	}
}
console.log(found.join(' '));
