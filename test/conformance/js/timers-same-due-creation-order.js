// Timers due at the same time run in creation order; 0 and 1 are the same delay.
setTimeout(() => console.log('A (10ms)'), 10);
setTimeout(() => console.log('B (1ms)'), 1);
setTimeout(() => console.log('C (0ms, same as 1)'), 0);
setTimeout(() => console.log('D (10ms)'), 10);
setTimeout(() => console.log('E (5ms)'), 5);
console.log('timers created');
