// Catching errors in async code
// Lesson: A throw inside an async function rejects its promise; catch it with try/await or with .catch().
// Watch: the rejected promise's handler job in the Microtask queue, and the stack unwinding into catch.
async function load(name) {
  await null;
  throw new Error(`could not load ${name}`);
}

async function main() {
  try {
    await load("config");
  } catch (error) {
    console.log("try/catch around await:", error.message);
  }

  load("user").catch((error) => console.log(".catch() handler:", error.message));
  console.log("main goes on while load(user) is still pending");
}

main().then(() => console.log("main's promise fulfilled: every error was handled"));
