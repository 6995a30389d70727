import type {QueueInfo} from '../../plan/index.js';

/** The queues of Node's loop as the plan shows them, in display order. */
export const nodeQueues: readonly QueueInfo[] = [
	{id: 'timers', title: 'Timers'},
	{id: 'macrotask', title: 'Macrotask queue'},
	{id: 'nextTick', title: 'nextTick queue'},
	{id: 'microtask', title: 'Microtask queue'},
	{id: 'immediate', title: 'Check (setImmediate)'},
];
