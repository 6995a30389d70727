// once listeners run a single time; off removes a listener.
const { EventEmitter } = require('events');
const bus = new EventEmitter();
bus.once('ready', () => console.log('ready (once)'));
function onData(value) {
	console.log('data', value);
}
bus.on('data', onData);
bus.emit('ready');
bus.emit('ready');
bus.emit('data', 1);
bus.off('data', onData);
bus.emit('data', 2);
console.log('listeners left:', bus.listenerCount('data'));
