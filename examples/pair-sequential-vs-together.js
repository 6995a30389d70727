// Sequential awaits vs together (JavaScript)
// Lesson: Awaiting one wait after another adds their times; Promise.all runs them at once and takes the longest.
// Watch: the Clock: 3 s for the sequential awaits, 2 s for Promise.all, with both timers in Timers at once.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (since) => Math.round((Date.now() - since) / 1000);

async function fetchValue(name, ms) {
  await sleep(ms);
  return name;
}

async function main() {
  let start = Date.now();
  await fetchValue("a", 1000);
  await fetchValue("b", 2000);
  console.log(`one after another: ${seconds(start)} s`);

  start = Date.now();
  const values = await Promise.all([fetchValue("a", 1000), fetchValue("b", 2000)]);
  console.log(`together: ${seconds(start)} s`, values);
}

main();
