// let creates one binding per iteration; var shares one.
for (var i = 0; i < 3; i++) {
	setTimeout(() => console.log('var i =', i), 5);
}
for (let j = 0; j < 3; j++) {
	setTimeout(() => console.log('let j =', j), 5);
}
