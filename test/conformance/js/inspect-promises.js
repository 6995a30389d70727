// Promises print their state.
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ ok: true });
const rejected = Promise.reject('no reason');
rejected.catch(() => {});
console.log(pending);
console.log(fulfilled);
console.log(rejected);
console.log([Promise.resolve(1)]);
async function later() {
	await null;
	return 'done';
}
const running = later();
console.log(running);
running.then(() => console.log(running));
