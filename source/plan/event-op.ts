/**
 * The state changes a step can carry, stored as integer records in one event log:
 * `[op, ...operands]` with a fixed operand count per op. The state at any step is the state of the
 * nearest checkpoint plus these records replayed in order.
 */
export const EventOp = {
	/** name (string id), line of the new frame. */
	pushFrame: 1,
	popFrame: 2,
	/** queue index, item version, position (-1 appends). */
	enqueue: 3,
	/** queue index, item version. */
	remove: 4,
	/** queue index, old item version, new item version. */
	update: 5,
	/** console chunk index. */
	write: 6,
	/** clock value index. */
	clock: 7,
	/** phase (string id). */
	phase: 8,
} as const;

/** How many integers each op takes in the log, op included. */
export const eventSize: Readonly<Record<number, number>> = {
	[EventOp.pushFrame]: 3,
	[EventOp.popFrame]: 1,
	[EventOp.enqueue]: 4,
	[EventOp.remove]: 3,
	[EventOp.update]: 4,
	[EventOp.write]: 2,
	[EventOp.clock]: 2,
	[EventOp.phase]: 2,
};
