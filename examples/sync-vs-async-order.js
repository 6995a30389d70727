// Synchronous code runs first
// Lesson: The whole script runs to the end before any callback it scheduled can run.
// Watch: the Call Stack stays busy with the script while the timer waits in Timers.
console.log("1. script starts");

setTimeout(() => {
  console.log("4. timer callback, once the script has finished");
}, 0);

function greet(name) {
  console.log(`2. greet(${name}) runs right away: it is a plain call`);
}

greet("Ada");
console.log("3. script ends");
