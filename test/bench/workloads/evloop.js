let p = Promise.resolve(0);
for (let i = 0; i < 10000; i++) p = p.then(n => n + 1);
p.then(n => console.log('chain', n));
let fired = 0;
for (let i = 0; i < 2000; i++) setTimeout(() => { fired++; }, 0);
setTimeout(() => console.log('timers', fired), 1);
