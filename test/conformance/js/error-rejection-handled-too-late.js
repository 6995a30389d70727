// Attaching a handler in a later macrotask is too late: the rejection already ended the process.
const failed = Promise.reject(new Error('handled too late'));
setTimeout(() => {
	failed.catch(error => console.log('late catch', error.message));
}, 0);
console.log('main done');
