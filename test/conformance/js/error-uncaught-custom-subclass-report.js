// An uncaught error of a custom class: Node's report ends with the class name and message on stderr.
class DatabaseError extends Error {
	constructor(message, code) {
		super(message);
		this.name = 'DatabaseError';
		this.code = code;
	}
}
process.on('exit', code => console.log('exiting with', code));
setTimeout(() => {
	console.log('about to fail');
	throw new DatabaseError('connection refused', 'ECONNREFUSED');
}, 1);
setTimeout(() => console.log('never runs'), 50);
