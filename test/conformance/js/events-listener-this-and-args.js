// Listeners get all emit arguments; prependListener runs first.
const EventEmitter = require('events');
const emitter = new EventEmitter();
emitter.on('sum', (...numbers) => console.log('sum', numbers.reduce((a, b) => a + b, 0)));
emitter.prependListener('sum', () => console.log('prepended listener'));
emitter.emit('sum', 1, 2, 3);
console.log(emitter.eventNames());
emitter.removeAllListeners('sum');
console.log(emitter.emit('sum', 1));
