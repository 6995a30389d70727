// finally runs on every way out of a try: normal, return, throw, break.
function withReturn() {
	try {
		console.log('try returns');
		return 'from try';
	} finally {
		console.log('finally after return');
	}
}
console.log(withReturn());
try {
	try {
		throw new Error('inner');
	} finally {
		console.log('inner finally');
	}
} catch (error) {
	console.log('outer catch', error.message);
}
for (const n of [1, 2, 3]) {
	try {
		if (n === 2) break;
		console.log('loop', n);
	} finally {
		console.log('finally for', n);
	}
}
