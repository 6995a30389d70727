/**
 * The state changes a step can carry, as records in the byte-coded event log (event-log.ts). The
 * state at any step is the state of the nearest checkpoint plus these records replayed in order.
 *
 * Each record starts with one byte: the op in the low 4 bits and, for the queue ops, the queue's
 * index in the high 4 bits (so a plan has at most 16 queues). Varint operands follow.
 */
export const EventOp = {
	/** name (string id), line of the new frame. */
	pushFrame: 1,
	popFrame: 2,
	/** [queue] item version, position + 1 (0 appends). */
	enqueue: 3,
	/** [queue] item version. */
	remove: 4,
	/**
	 * [queue] the item's position + 1 (0: not in the queue), new item version. The position, not the
	 * old version, so replay needs no search: asyncio updates task notes deep in long queues.
	 */
	update: 5,
	/** console chunk index. */
	write: 6,
	/** clock value index. */
	clock: 7,
	/** phase (string id). */
	phase: 8,
} as const;

/** How many queues the op byte can name. */
export const maxQueues = 16;
