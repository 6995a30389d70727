// nextTick passes extra arguments to its callback.
process.nextTick((a, b) => console.log('tick with', a, b), 'first', 2);
console.log('queued');
