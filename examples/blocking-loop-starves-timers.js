// A blocking loop starves timers
// Lesson: A busy loop holds the single thread, so a due timer waits until the loop lets go.
// Watch: the Clock passes the timer's due time while the Call Stack is still busy in the script.
const start = Date.now();

setTimeout(() => {
  const late = Date.now() - start >= 100;
  console.log("timer due at 10 ms ran only after the busy loop:", late);
}, 10);

console.log("busy-waiting for 100 ms");
while (Date.now() - start < 100) {
  // spin: nothing else can run
}
console.log("busy loop done; the overdue timer can now run");
