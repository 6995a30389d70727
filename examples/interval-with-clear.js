// setInterval until cleared
// Lesson: An interval re-arms itself after every run; only clearInterval lets the program end.
// Watch: the interval reappears in Timers after each tick, until clearInterval removes it.
let ticks = 0;

const id = setInterval(() => {
  ticks += 1;
  console.log(`tick ${ticks}`);
  if (ticks === 3) {
    clearInterval(id);
    console.log("interval cleared: nothing is left, so the program ends");
  }
}, 200);

console.log("interval set to every 200 ms");
