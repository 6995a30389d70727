// A misbehaving thenable that resolves twice and then rejects: only the first call counts.
const messy = {
	then(resolve, reject) {
		console.log('messy then');
		resolve('first');
		resolve('second');
		reject(new Error('ignored'));
		throw new Error('also ignored');
	},
};
Promise.resolve(messy).then(v => console.log('settled with', v), e => console.log('rejected', e.message));

const slow = {
	then(resolve) {
		setTimeout(() => resolve('slow thenable done'), 10);
	},
};
(async () => {
	console.log('awaiting slow thenable');
	console.log(await slow);
	const nested = { then: r => r({ then: r2 => r2('nested value') }) };
	console.log(await nested);
})();
