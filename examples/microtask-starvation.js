// Microtask starvation
// Lesson: A microtask that keeps queueing microtasks keeps the loop from ever reaching timers.
// Watch: the Microtask queue never empties until the count hits its limit; the timer waits in Timers.
let count = 0;

function again() {
  count += 1;
  if (count < 1000) {
    queueMicrotask(again); // without this limit the timer would never run
  }
}

setTimeout(() => console.log(`timer runs only after ${count} microtasks`), 0);
queueMicrotask(again);
console.log("script ends");
