export type {Language, PlanMeta, QueueInfo} from './plan-meta.js';
export {stepKinds, type MarkerKind, type StepKind} from './step-kind.js';
export type {ConsoleChunk, Frame, QueueChange, QueueItem, QueueState, StepState} from './step-state.js';
export type {Outcome, Stopped} from './outcome.js';
export {SourceError} from './source-error.js';
export {Recorder, StepLimitError, type ItemFields, type ItemRef, type RecorderOptions} from './recorder.js';
export {Plan} from './plan.js';
export type {ProgramInput, SimulateOptions, Simulator} from './simulator.js';
export {formatClock} from './format-clock.js';
