// A throw in the executor rejects the promise; a throw after resolve is ignored.
new Promise(() => {
	throw new TypeError('bad input');
}).catch(error => console.log('caught', error.name, error.message));
new Promise(resolve => {
	resolve('first wins');
	throw new Error('ignored');
}).then(value => console.log('value', value));
