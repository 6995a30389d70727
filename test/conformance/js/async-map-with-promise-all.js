// map with an async callback gives an array of promises; Promise.all waits for them.
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
async function fetchUser(id) {
	await sleep(id * 10);
	console.log('fetched user', id);
	return { id, name: 'user' + id };
}
async function main() {
	const users = await Promise.all([3, 1, 2].map(fetchUser));
	console.log(users.map(user => user.name));
	const forEachResults = [];
	[1, 2].forEach(async id => {
		await null;
		forEachResults.push(id);
	});
	console.log('forEach does not wait:', forEachResults);
	await null;
	await null;
	console.log('a little later:', forEachResults);
}
main();
