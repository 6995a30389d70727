// Timers fire by due time
// Lesson: Timers run in order of their due time, and a nested timer's delay counts from when it was set.
// Watch: the Timers pane sorted by due time, and the Clock jumping from one due time to the next.
setTimeout(() => console.log("600 ms timer"), 600);

setTimeout(() => {
  console.log("100 ms timer sets a 100 ms timer");
  setTimeout(() => console.log("nested timer: 100 + 100 = 200 ms"), 100);
}, 100);

setTimeout(() => console.log("400 ms timer"), 400);

console.log("three timers set, in the order 600, 100, 400");
