// Long strings inside objects and arrays, and strings with quotes.
const sentence = 'The event loop runs callbacks one at a time, in phases, forever';
console.log({ sentence });
console.log([sentence, sentence]);
console.log({ quote: "it's", both: `"it's"`, backtick: 'a`b' });
console.log(['x'.repeat(80)]);
