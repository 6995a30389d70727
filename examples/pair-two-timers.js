// Two timers (JavaScript)
// Lesson: Timers fire in due-time order, not creation order, and Node stays alive until both have fired.
// Watch: both timers wait in Timers after the script ends; the Clock jumps to 100 ms, then 200 ms.
setTimeout(() => console.log("B: set first, due at 200 ms"), 200);
setTimeout(() => console.log("A: set second, due at 100 ms"), 100);

console.log("both timers set; the script ends here");
