// A rejection reported as unhandled (to a listener) and handled later: Node emits 'rejectionHandled'.
process.on('rejectionHandled', p => console.log('rejectionHandled', p instanceof Promise));
process.on('unhandledRejection', r => console.log('unhandled', r.message));
const p = Promise.reject(new Error('late handled'));
setTimeout(() => { p.catch(e => console.log('caught late', e.message)); }, 5);
process.on('beforeExit', code => { console.log('beforeExit', code); });
process.on('exit', code => console.log('exit', code));
