// Top-level await in a loop: the module body pauses at each await while timers and ticks run.
import { setTimeout as sleep } from 'timers/promises';

process.nextTick(() => console.log('nextTick queued at the top'));
Promise.resolve().then(() => console.log('promise job queued at the top'));
setTimeout(() => console.log('plain timeout 15 ms'), 15);

for (const ms of [10, 10, 5]) {
	const value = await sleep(ms, `slept ${ms}`);
	console.log(value);
}
const results = await Promise.all([sleep(3, 'a'), sleep(1, 'b'), 'c']);
console.log(results);
console.log('module body finished');
