// A plan of about a million steps, for the TUI key-latency measurement.
let n = 0;
for (let i = 0; i < 2000000; i++) {
	n += i;
}
console.log(n);
