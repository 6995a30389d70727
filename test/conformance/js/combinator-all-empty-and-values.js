// Combinators over empty and non-promise inputs.
Promise.all([]).then(values => console.log('all of nothing', values));
Promise.allSettled([]).then(values => console.log('allSettled of nothing', values));
Promise.all([1, 'two', null]).then(values => console.log('all of values', values));
Promise.any([]).catch(error => console.log('any of nothing:', error.constructor.name, error.errors.length));
Promise.race([3, 4]).then(value => console.log('race of values', value));
