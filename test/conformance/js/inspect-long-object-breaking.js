// Objects wider than the line limit break over several lines.
console.log({ firstName: 'Ada', lastName: 'Lovelace', born: 1815, field: 'mathematics', known: 'first program' });
console.log({ short: 1, list: ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'] });
console.log({ user: { name: 'Grace', languages: ['COBOL', 'FLOW-MATIC'], navy: { rank: 'Rear Admiral' } } });
