// An 'error' event with a listener is handled; without one it throws.
const EventEmitter = require('events');
const safe = new EventEmitter();
safe.on('error', error => console.log('handled error event:', error.message));
safe.emit('error', new Error('disk full'));
const unsafe = new EventEmitter();
console.log('about to emit unhandled error');
unsafe.emit('error', new Error('nobody listens'));
console.log('not reached');
