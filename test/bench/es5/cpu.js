var sum = 0;
for (var i = 0; i < 300000; i++) {
	sum += (i * i) % 7;
}
console.log(sum);
