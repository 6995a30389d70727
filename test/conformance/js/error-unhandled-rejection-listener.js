// With an 'unhandledRejection' listener, Node calls it instead of crashing; the process goes on.
process.on('unhandledRejection', (reason, promise) => {
	console.log('listener got:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('nobody catches me'));
new Promise((_, reject) => setTimeout(() => reject('late string reason'), 5));
async function fails() {
	await null;
	throw new Error('async failure');
}
fails();
setTimeout(() => console.log('still running at 10 ms'), 10);
console.log('sync end');
