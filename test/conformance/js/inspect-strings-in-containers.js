// Top-level strings print raw; nested strings get quotes.
console.log('plain string');
console.log(['in array']);
console.log({ key: 'value' });
console.log(["it's quoted"]);
console.log(['both \' and "']);
console.log('multiple', 'arguments', 3, true, null, undefined);
console.log(['line\nbreak']);
