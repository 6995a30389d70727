// Reactions on a pending promise wait until it settles, then run in registration order.
let settle;
const pending = new Promise(resolve => {
	settle = resolve;
});
pending.then(value => console.log('first reaction', value));
pending.then(value => console.log('second reaction', value));
Promise.resolve().then(() => {
	console.log('settling now');
	settle('ready');
});
Promise.resolve().then(() => console.log('other job'));
