// An ES module can await at top level.
console.log('module start');
const value = await new Promise(resolve => setTimeout(() => resolve('timer value'), 10));
console.log('awaited', value);
const again = await Promise.resolve('immediate value');
console.log('awaited', again);
