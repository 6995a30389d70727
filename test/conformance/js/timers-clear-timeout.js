// clearTimeout cancels a timer that has not run yet.
const doomed = setTimeout(() => console.log('never printed'), 20);
setTimeout(() => {
	console.log('clearing the 20ms timer');
	clearTimeout(doomed);
}, 10);
setTimeout(() => console.log('30ms timer runs'), 30);
clearTimeout(undefined);
