// Awaiting plain values still yields to the microtask queue.
async function count(name) {
	for (let i = 1; i <= 3; i++) {
		console.log(name, i);
		await i;
	}
}
count('left');
count('right');
console.log('both started');
