import type {QueueInfo} from '../../plan/index.js';

/** The queues an asyncio plan shows, in display order (`PlanMeta.queues` for Python). */
export const asyncioQueues: readonly QueueInfo[] = [
	{id: 'ready', title: '_ready (call_soon handles)'},
	{id: 'scheduled', title: '_scheduled (timer heap)'},
	{id: 'tasks', title: 'Tasks'},
];
