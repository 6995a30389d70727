// String methods with regular expressions and Unicode.
const text = 'The quick brown fox jumps over the lazy dog';
console.log(text.replaceAll('o', '0'), text.replace(/(\w+) (\w+)/, '$2 $1'), text.at(-3));
console.log([...text.matchAll(/o(\w)/g)].map(m => `${m[0]}@${m.index}`), text.match(/the/gi), text.search(/fox/));
console.log(text.split(' ', 3), 'a,b,,c'.split(','), 'abc'.split(''), 'a1b2c3'.split(/\d/));
console.log('  pad '.trim() + '|', 'x'.padStart(4, 'ab'), 'x'.padEnd(3), 'abc'.repeat(2), 'Straße'.toUpperCase(), 'İ'.toLowerCase().length);
console.log('😀'.length, [...'😀a'].length, '😀'.codePointAt(0), String.fromCodePoint(128512), 'abc'.charCodeAt(1), '\u0041');
console.log('b'.localeCompare('a'), 'a'.localeCompare('b'), ['ä', 'a', 'z'].sort(), 'Hello'.startsWith('He'), 'Hello'.endsWith('lo', 5));
console.log(text.replace(/(?<first>\w+)/, '[$<first>]'), /(\d+)-(\d+)/.exec('10-20').slice(1), 'aaa'.lastIndexOf('a'));
console.log('camelCaseString'.replace(/[A-Z]/g, c => '_' + c.toLowerCase()), 'x'.concat(1, [2, 3]), 'abc'.substring(2, 0), 'abc'.slice(-2));
