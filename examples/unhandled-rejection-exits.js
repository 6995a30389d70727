// An unhandled rejection ends the process
// Lesson: A rejected promise with no handler crashes Node (exit code 1) once the microtask queue is drained.
// Watch: after the Microtask queue empties, the timer in Timers never gets its turn.
console.log("script starts");

setTimeout(() => console.log("never printed: the process is gone"), 0);

Promise.reject(new Error("nobody handles me"));

Promise.resolve().then(() => console.log("microtasks still run first"));
console.log("script ends");
