// performance.now() also measures elapsed time.
const t0 = performance.now();
setTimeout(() => {
	const t1 = performance.now();
	console.log('measured at least 30ms:', t1 - t0 >= 30);
	console.log('monotonic:', t1 > t0);
}, 30);
