// A rejected top-level await is an error that ends the module with exit code 1.
console.log('before');
await Promise.reject(new TypeError('top-level failure'));
console.log('not reached');
