// Math and number formatting.
console.log(Math.max(3, 7, 1), Math.min(), Math.abs(-4.5));
console.log(Math.floor(2.7), Math.ceil(2.1), Math.round(2.5), Math.round(-2.5), Math.trunc(-2.7));
console.log(Math.sqrt(16), Math.pow(2, 10), 2 ** 0.5, Math.PI);
console.log((3.14159).toFixed(2), (255).toString(16), (0.000001234).toString(), Number('42'), parseInt('08'), parseFloat('3.5kg'));
console.log(Number.isInteger(5.0), Number.MAX_SAFE_INTEGER, 7 % 3, -7 % 3, 0.1 * 3);
console.log(Math.sign(-3), Math.hypot(3, 4), Math.cbrt(27), Number.isNaN('x'), isNaN('x'));
