// Promise.all rejects with the first rejection; later rejections are handled by all and never reported.
const delay = (ms, value, fail) =>
	new Promise((resolve, reject) => setTimeout(() => (fail ? reject(new Error(value)) : resolve(value)), ms));

Promise.all([delay(30, 'slow ok'), delay(10, 'first failure', true), delay(20, 'second failure', true)])
	.then(values => console.log('all fulfilled', values))
	.catch(error => console.log('all rejected with:', error.message));

Promise.allSettled([delay(5, 'a'), delay(1, 'b', true), 42])
	.then(results => results.forEach(r => console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message)));

Promise.race([delay(15, 'race loser'), delay(12, 'race failure', true)])
	.then(v => console.log('race', v), e => console.log('race rejected', e.message));

setTimeout(() => console.log('timer at 40 ms: nothing was unhandled'), 40);
