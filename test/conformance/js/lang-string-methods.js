// The everyday String methods.
const text = '  Hello, Event Loop!  ';
console.log(`[${text.trim()}]`, text.length, text.trim().toUpperCase(), text.toLowerCase().trim());
const s = 'hello world';
console.log(s.split(' '), s.includes('world'), s.startsWith('he'), s.endsWith('x'));
console.log(s.indexOf('o'), s.lastIndexOf('o'), s.slice(0, 5), s.substring(6), s.charAt(1), s[0]);
console.log(s.replace('o', '0'), s.replaceAll('o', '0'), 'ab'.repeat(3), '7'.padStart(3, '0'), 'x'.padEnd(3, '.'));
console.log('a,b,,c'.split(','), [...'héllo'].length, s.at(-1), 'abc'.charCodeAt(0), String.fromCharCode(65));
console.log(String(123), (42).toString(), 'b' > 'a', 'B' < 'a', 'x' + 1 + 2, 1 + 2 + 'x');
