// race settles with the first input to settle, fulfilled or rejected.
const timer = (ms, value, fail) =>
	new Promise((resolve, reject) => setTimeout(() => (fail ? reject(new Error(value)) : resolve(value)), ms));
Promise.race([timer(50, 'slow'), timer(10, 'fast')]).then(value => console.log('race 1 winner', value));
Promise.race([timer(60, 'late'), timer(20, 'timeout', true)]).catch(error => console.log('race 2 lost:', error.message));
