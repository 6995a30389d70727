// Negative, NaN and non-number delays all become 1ms.
setTimeout(() => console.log('negative'), -5);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('string'), 'soon');
setTimeout(() => console.log('undefined'));
setTimeout(() => console.log('ten'), 10);
