// An async listener starts synchronously during emit; its awaits finish later.
const EventEmitter = require('events');
const emitter = new EventEmitter();
emitter.on('job', async name => {
	console.log('listener starts', name);
	await null;
	console.log('listener finishes', name);
});
emitter.on('job', name => console.log('second listener', name));
emitter.emit('job', 'A');
console.log('emit returned');
