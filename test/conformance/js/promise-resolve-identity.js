// Promise.resolve returns a native promise unchanged; new Promise wrapping it costs jobs.
const original = Promise.resolve('x');
console.log('same object:', Promise.resolve(original) === original);
new Promise(resolve => resolve(original)).then(() => console.log('wrapped resolved'));
Promise.resolve(original).then(() => console.log('direct resolved'));
Promise.resolve().then(() => console.log('j1')).then(() => console.log('j2')).then(() => console.log('j3'));
