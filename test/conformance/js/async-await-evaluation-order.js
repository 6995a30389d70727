// Where awaits sit decides the order: arguments left to right, template parts, finally blocks,
// and a value read before an await is the old one.
const log = (...args) => console.log(...args);
const later = (value, ms) => new Promise(resolve => setTimeout(() => resolve(value), ms));
let counter = 0;

async function args() {
	const sum = (a, b, c) => `${a}+${b}+${c}`;
	log('args:', sum(await later('a', 10), await Promise.resolve('b'), 'c'));
	counter += await later(5, 1);
	log('counter after += await:', counter);
	log(`template ${await 'x'} and ${await later('y', 1)}`);
}

async function finallyAwait() {
	try {
		return 'from try';
	} finally {
		await null;
		log('finally awaited before the return completes');
	}
}

async function raced() {
	counter = 0;
	const read = counter + (await later(1, 5));
	log('read before await used old counter:', read);
}
args()
	.then(finallyAwait)
	.then(value => log('finallyAwait returned', value))
	.then(() => {
		const running = raced();
		counter = 100;
		return running;
	})
	.then(() => log('done'));
