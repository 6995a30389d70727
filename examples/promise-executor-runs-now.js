// The executor runs synchronously
// Lesson: new Promise calls its executor immediately; only the then callbacks wait for the microtask queue.
// Watch: the executor is pushed on the Call Stack inside the script; the then job waits in the Microtask queue.
console.log("1. before new Promise");

const promise = new Promise((resolve) => {
  console.log("2. executor runs now, inside new Promise");
  resolve("done");
  console.log("3. resolve() does not stop the executor");
});

promise.then((value) => console.log("5. then callback gets", value));

console.log("4. after new Promise");
