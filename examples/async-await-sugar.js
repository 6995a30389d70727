// async/await is promise sugar
// Lesson: Code before the first await runs synchronously; each await resumes in a microtask, interleaving with then callbacks.
// Watch: the async function leaves the Call Stack at each await and comes back from the Microtask queue.
async function worker() {
  console.log("A1 worker starts synchronously");
  await null;
  console.log("A2 after the first await");
  await null;
  console.log("A3 after the second await");
}

Promise.resolve()
  .then(() => console.log("T1"))
  .then(() => console.log("T2"))
  .then(() => console.log("T3"));

worker();
console.log("script ends");
