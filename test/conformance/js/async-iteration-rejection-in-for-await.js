// A rejected promise inside an iterable makes for await throw at that element; finally still runs.
const items = [Promise.resolve('one'), Promise.reject(new Error('two failed')), Promise.resolve('three')];
items[1].catch(() => {}); // handled early, so no unhandled-rejection report

async function consume() {
	try {
		for await (const item of items) console.log('item', item);
	} catch (error) {
		console.log('caught:', error.message);
	} finally {
		console.log('finally runs');
	}
	return 'consumed';
}

async function* numbers() {
	try {
		yield 1;
		yield 2;
		throw new TypeError('generator broke');
	} finally {
		console.log('generator cleanup');
	}
}

async function drain() {
	const seen = [];
	try {
		for await (const n of numbers()) seen.push(n);
	} catch (error) {
		console.log(error.name, error.message, seen);
	}
}
consume().then(result => console.log(result)).then(drain);
