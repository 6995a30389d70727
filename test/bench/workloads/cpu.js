let sum = 0;
for (let i = 0; i < 300000; i++) {
	sum += (i * i) % 7;
}
console.log(sum);
