// console.error and console.warn write to stderr; only log and info reach stdout.
console.log('log line');
console.error('error line');
console.warn('warn line');
console.info('info line');
console.debug('debug line');
