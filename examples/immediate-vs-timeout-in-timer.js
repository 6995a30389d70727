// setImmediate vs setTimeout in a callback
// Lesson: Inside a timer callback, setImmediate always beats setTimeout(0): the check phase comes before the next timers phase.
// Watch: the loop phase moving timers -> check -> timers, and the Check and Timers queues.
setTimeout(() => {
  console.log("outer timer");
  setTimeout(() => console.log("setTimeout 0 from the timer"), 0);
  setImmediate(() => console.log("setImmediate from the timer"));
}, 10);

console.log("from the main script their order would be a race; from a callback it is fixed");
