// Taking turns with await (JavaScript)
// Lesson: Each await hands control back, so two async functions interleave one step at a time.
// Watch: A and B alternate through the Microtask queue, one job per await.
async function worker(name) {
  for (let step = 1; step <= 3; step++) {
    console.log(`${name} step ${step}`);
    await null;
  }
  console.log(`${name} done`);
}

worker("A");
worker("B");
console.log("both workers started; each paused at its first await");
