// Microtasks before macrotasks
// Lesson: Every promise callback queued by a task runs before the next timer.
// Watch: the Microtask queue empties before the Macrotask queue is touched.
setTimeout(() => {
  console.log("timer 1");
  Promise.resolve().then(() => console.log("timer 1's microtask"));
}, 0);

setTimeout(() => {
  console.log("timer 2");
}, 0);

Promise.resolve().then(() => console.log("script's microtask"));
console.log("script done");
