// clearImmediate cancels a queued immediate, even from an earlier immediate.
const second = setImmediate(() => console.log('never printed'));
const first = setImmediate(() => console.log('not printed either'));
clearImmediate(first);
setImmediate(() => console.log('third runs'));
setImmediate(() => {
	console.log('fourth runs');
});
clearImmediate(second);
