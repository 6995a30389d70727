// What return does inside then
// Lesson: Each then returns a new promise settled by its callback's return value, and a returned promise is waited for.
// Watch: the Microtask queue gets one job per link, and the chain pauses on the timer in Timers.
Promise.resolve(1)
  .then((value) => {
    console.log("got", value, "and return", value + 1);
    return value + 1;
  })
  .then((value) => {
    console.log("got", value, "and return nothing");
  })
  .then((value) => {
    console.log("got", value, "and return a promise that waits 100 ms");
    return new Promise((resolve) => setTimeout(() => resolve("late"), 100));
  })
  .then((value) => {
    console.log("got", value, "once that promise resolved");
  });

console.log("chain built; no callback has run yet");
