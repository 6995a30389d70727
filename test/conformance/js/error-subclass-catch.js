// Custom error classes keep their name, message and instanceof checks.
class ValidationError extends Error {
	constructor(field) {
		super(`${field} is required`);
		this.name = 'ValidationError';
		this.field = field;
	}
}
try {
	throw new ValidationError('email');
} catch (error) {
	console.log(error.name, '-', error.message);
	console.log(error instanceof ValidationError, error instanceof Error, error.field);
	console.log(String(error));
}
