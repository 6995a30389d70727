// Importing the events module from an ES module.
import { EventEmitter } from 'events';
import { setTimeout as sleep } from 'timers/promises';
const emitter = new EventEmitter();
emitter.on('ping', n => console.log('ping', n));
for (let i = 1; i <= 3; i++) {
	emitter.emit('ping', i);
	await sleep(5);
}
console.log('done');
