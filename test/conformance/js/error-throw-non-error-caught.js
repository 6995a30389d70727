// Anything can be thrown and caught, not just errors.
for (const value of ['text', 42, { code: 7 }, null]) {
	try {
		throw value;
	} catch (caught) {
		console.log('caught', typeof caught, caught);
	}
}
