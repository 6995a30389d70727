// Timers run in order of their delay, not of creation.
const delays = [50, 10, 30, 20, 40];
for (const ms of delays) {
	setTimeout(() => console.log('timer', ms), ms);
}
