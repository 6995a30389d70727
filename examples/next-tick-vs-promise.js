// process.nextTick before promises
// Lesson: Node drains the nextTick queue before promise jobs; a tick queued by a promise job waits until the microtask queue is empty.
// Watch: the nextTick queue empties first; the tick queued in promise 1 waits in nextTick until the Microtask queue is drained.
Promise.resolve()
  .then(() => {
    console.log("promise 1");
    process.nextTick(() => console.log("tick queued inside promise 1"));
  })
  .then(() => console.log("promise 2"));

process.nextTick(() => console.log("tick 1"));
queueMicrotask(() => console.log("queueMicrotask"));
console.log("script ends");
