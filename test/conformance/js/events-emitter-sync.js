// EventEmitter.emit calls listeners synchronously, in the order they were added.
const EventEmitter = require('events');
const emitter = new EventEmitter();
emitter.on('greet', name => console.log('listener 1 greets', name));
emitter.on('greet', name => console.log('listener 2 greets', name));
console.log('before emit');
const had = emitter.emit('greet', 'Ada');
console.log('after emit, had listeners:', had);
console.log('no listeners:', emitter.emit('nothing'));
console.log('count:', emitter.listenerCount('greet'));
