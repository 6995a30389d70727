// A return in finally overrides both a return and a throw in try.
function overrideReturn() {
	try {
		return 'try';
	} finally {
		return 'finally';
	}
}
function swallowThrow() {
	try {
		throw new Error('lost');
	} finally {
		return 'swallowed';
	}
}
console.log(overrideReturn(), swallowThrow());
