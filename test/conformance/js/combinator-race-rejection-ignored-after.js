// Once race settles, later rejections of its inputs are handled by race and ignored.
const slowFail = new Promise((resolve, reject) => setTimeout(() => reject(new Error('late failure')), 30));
const fast = new Promise(resolve => setTimeout(() => resolve('fast'), 10));
Promise.race([slowFail, fast]).then(value => console.log('winner', value));
setTimeout(() => console.log('after everything'), 60);
