// Emitting from timers and promises: listeners run inside whatever callback emits.
const EventEmitter = require('events');
class Job extends EventEmitter {
	start() {
		process.nextTick(() => this.emit('started'));
		setTimeout(() => this.emit('progress', 50), 10);
		setTimeout(() => this.emit('done', 'result'), 20);
	}
}
const job = new Job();
job.on('started', () => console.log('started'));
job.on('progress', percent => {
	console.log('progress', percent);
	Promise.resolve().then(() => console.log('microtask after progress'));
});
job.on('done', value => console.log('done with', value));
job.start();
console.log('job launched');
