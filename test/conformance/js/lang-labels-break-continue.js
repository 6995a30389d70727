// Labels let break and continue target an outer loop.
outer: for (let row = 0; row < 3; row++) {
	for (let col = 0; col < 3; col++) {
		if (col === 1) continue outer;
		if (row === 2) break outer;
		console.log('cell', row, col);
	}
}
let n = 0;
while (true) {
	n++;
	if (n % 2) continue;
	if (n > 6) break;
	console.log('even', n);
}
let k = 0;
do {
	console.log('do-while runs at least once', k);
} while (k++ < 0);
