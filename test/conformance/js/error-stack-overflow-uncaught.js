// Unbounded recursion that nobody catches ends the process.
let depth = 0;
function dive() {
	depth++;
	dive();
}
console.log('diving');
dive();
