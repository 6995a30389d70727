import {runReal, type RunResult} from '../support/differential.js';

/** What loopstep printed, in the terms a node run is compared on. */
export interface Observed {
	readonly stdout: string;
	readonly exitCode: number;
}

export interface NodeVerdict {
	/** The first node run; the one reported when nothing matches. */
	readonly first: RunResult;
	/** True when some node run printed exactly what loopstep printed. */
	readonly matched: boolean;
	/** True when node's own runs disagreed with each other (a timing race under load). */
	readonly nodeVaried: boolean;
}

function same(run: RunResult, observed: Observed): boolean {
	return !run.timedOut && run.stdout === observed.stdout && run.exitCode === observed.exitCode;
}

/**
 * Compares loopstep with real node. The programs are built so that node prints the same thing on
 * every run, but on a machine shared by many processes a stall of tens of milliseconds can still
 * reorder two timers. So a mismatch is confirmed by rerunning node: `reruns` more times, or
 * `variedReruns` once node has been seen to disagree with itself. loopstep passes only if node
 * itself printed exactly loopstep's output on one of those runs.
 */
export async function compareWithNode(file: string, observed: Observed, reruns = 3, variedReruns = 8): Promise<NodeVerdict> {
	const first = await runReal(file);
	if (same(first, observed)) return {first, matched: true, nodeVaried: false};
	let nodeVaried = false;
	for (let attempt = 0; attempt < (nodeVaried ? variedReruns : reruns); attempt++) {
		const again = await runReal(file);
		if (again.stdout !== first.stdout || again.exitCode !== first.exitCode) nodeVaried = true;
		if (same(again, observed)) return {first, matched: true, nodeVaried};
	}
	return {first, matched: false, nodeVaried};
}
