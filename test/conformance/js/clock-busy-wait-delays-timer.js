// Blocking the main thread delays timers that are already due.
const start = Date.now();
setTimeout(() => {
	const late = Date.now() - start;
	console.log('10ms timer ran after at least 50ms:', late >= 50);
}, 10);
let spins = 0;
while (Date.now() - start < 50) spins++;
console.log('busy wait finished, spun:', spins > 0);
