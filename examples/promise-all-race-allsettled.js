// Promise.all vs race vs allSettled
// Lesson: Promise.all waits for every promise (or the first rejection), race takes the first to settle, allSettled reports every outcome.
// Watch: each timer firing in Timers, then the combinators' reaction jobs in the Microtask queue.
const wait = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const fail = (ms, message) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));

Promise.race([wait(200, "slow"), wait(100, "fast")])
  .then((value) => console.log("race:", value));

Promise.all([wait(200, "slow"), wait(100, "fast")])
  .then((values) => console.log("all:", values));

Promise.all([wait(200, "slow"), fail(100, "boom")])
  .catch((error) => console.log("all rejects at once:", error.message));

Promise.allSettled([wait(200, "slow"), fail(100, "boom")])
  .then((results) => console.log("allSettled:", results.map((result) => result.status)));
