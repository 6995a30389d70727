// Awaiting one by one takes the sum of the delays; Promise.all takes the longest.
const wait = (ms, label) => new Promise(resolve => setTimeout(() => resolve(label), ms));
async function sequential() {
	const start = Date.now();
	const a = await wait(60, 'A');
	const b = await wait(60, 'B');
	console.log('sequential', a, b, Date.now() - start >= 120);
}
async function parallel() {
	const start = Date.now();
	const [a, b] = await Promise.all([wait(60, 'A'), wait(60, 'B')]);
	const elapsed = Date.now() - start;
	console.log('parallel', a, b, elapsed >= 60);
}
sequential().then(parallel);
