// Timers fire by due time
// Lesson: Timers run in order of their due time, and a nested timer's delay counts from when it was set.
// Watch: the Timers pane sorted by due time, and the Clock jumping from one due time to the next.
setTimeout(() => console.log("300 ms timer"), 300);

setTimeout(() => {
  console.log("100 ms timer sets a 50 ms timer");
  setTimeout(() => console.log("nested timer: 100 + 50 = 150 ms"), 50);
}, 100);

setTimeout(() => console.log("200 ms timer"), 200);

console.log("three timers set, in the order 300, 100, 200");
