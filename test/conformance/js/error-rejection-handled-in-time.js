// A handler attached during the same microtask drain counts as handled.
const rejected = Promise.reject(new Error('late handler'));
Promise.resolve().then(() => {
	rejected.catch(error => console.log('caught in time:', error.message));
});
setTimeout(() => console.log('process continues'), 5);
