/**
 * Why a step exists. Every step has exactly one cause, so a narration can say it in one sentence.
 *
 * - `statement`: execution reaches a statement (the highlighted line).
 * - `call` / `return`: a user function is entered or left.
 * - `host`: a host API changed the loop's state (a timer armed, a job queued, a task created).
 * - `output`: the program wrote to stdout or stderr.
 * - `callback`: the loop takes one queued callback (a macrotask, a job, a handle) and starts it.
 * - `loop`: the loop itself acts with no user code on the stack (moves due timers, jumps the clock,
 *   changes phase, decides to stop).
 * - `error`: an exception is thrown, caught or reported.
 * - `end`: the program is over; the last step of every finished plan.
 */
export const stepKinds = ['statement', 'call', 'return', 'host', 'output', 'callback', 'loop', 'error', 'end'] as const;

export type StepKind = (typeof stepKinds)[number];

/**
 * Sparse landmarks the UI jumps between.
 * `callback` is set by the recorder for every `callback` step and `output` for every step that
 * writes; simulators mark `iteration` (a new turn of the loop) and `timer` (a timer fires).
 */
export type MarkerKind = 'callback' | 'iteration' | 'output' | 'timer';
