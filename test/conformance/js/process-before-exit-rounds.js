// 'beforeExit' fires each time the loop runs dry; work scheduled by its listeners runs, then it fires again.
let rounds = 0;
process.on('beforeExit', code => {
  console.log('beforeExit', code, 'round', ++rounds);
  if (rounds < 3) setTimeout(() => console.log('more work from beforeExit', rounds), 5);
  if (rounds === 2) process.exitCode = 3;
});
process.on('exit', code => console.log('exit', code));
Promise.resolve().then(() => console.log('main microtask'));
const p = Promise.reject(new Error('x'));
process.on('unhandledRejection', () => console.log('unhandled'));
setTimeout(() => p.catch(() => console.log('handled later')), 1);
