// Object.keys/values/entries/assign and friends.
const scores = { ada: 3, grace: 5 };
console.log(Object.keys(scores), Object.values(scores), Object.entries(scores));
const merged = Object.assign({}, scores, { linus: 1 });
console.log(merged, merged === scores);
console.log(Object.fromEntries([['k', 'v']]));
for (const [name, score] of Object.entries(scores)) console.log(`${name} scored ${score}`);
const frozen = Object.freeze({ fixed: true });
frozen.fixed = false;
console.log(frozen.fixed, Object.isFrozen(frozen));
console.log('ada' in scores, scores.hasOwnProperty('grace'), delete scores.ada, scores);
console.log(Object.keys({ b: 1, a: 2, 2: 'two', 1: 'one' }));
