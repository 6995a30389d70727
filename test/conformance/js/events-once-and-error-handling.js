// EventEmitter: listener order, prependListener, once with await, removeAllListeners, listenerCount.
const EventEmitter = require('events');
const { once } = require('events');
const bus = new EventEmitter();
bus.on('msg', m => console.log('first', m));
bus.prependListener('msg', m => console.log('prepended', m));
bus.once('msg', m => console.log('once', m));
console.log(bus.emit('msg', 1), bus.listenerCount('msg'));
bus.emit('msg', 2);
console.log(bus.eventNames(), bus.emit('nothing'));
(async () => {
	setTimeout(() => bus.emit('ready', 'payload', 42), 5);
	const args = await once(bus, 'ready');
	console.log('once resolved with', args);
	bus.removeAllListeners('msg');
	console.log(bus.listenerCount('msg'));
	try {
		bus.emit('error', new Error('unhandled error event'));
	} catch (error) {
		console.log('emit threw', error.message);
	}
})();
