// Peak RSS of the TUI holding a large plan: starts `loopstep FILE` in a real pseudo-terminal (util-linux
// `script`), waits for the first frame, jumps to the middle and to the end (so the plan is read where
// it is largest), then reads the loopstep process's peak RSS (VmHWM) from /proc (Linux) and quits. Prints one
// JSON line.   node tui-peak-rss.mjs CLI FILE
import {readdirSync, readFileSync} from 'node:fs';
import {startTui, stepPattern, totalPattern} from './pty-session.mjs';

const [cli, file] = process.argv.slice(2);
const tui = startTui(cli, file);

/**
 * The largest VmHWM among the processes below `ancestor` (the shell `script` runs becomes node, which
 * renames itself, so the command line cannot tell them apart), in MB.
 */
function peakRssMb(ancestor) {
	const parents = new Map();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while the list was read.
		}
	}
	const isBelow = pid => {
		for (let at = parents.get(pid); at !== undefined; at = parents.get(at)) if (at === ancestor) return true;
		return false;
	};
	let peak = 0;
	for (const pid of parents.keys()) {
		if (!isBelow(pid)) continue;
		const high = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		if (high) peak = Math.max(peak, Number(high[1]) / 1024);
	}
	if (peak === 0) throw new Error('no process was found under the pseudo-terminal');
	return peak;
}

try {
	await tui.waitFor(totalPattern, 60_000);
	const total = Number(totalPattern.exec(tui.screen)[1].replaceAll(',', ''));
	for (const at of [Math.floor(total / 2), total]) {
		tui.press(`:${at}\r`);
		await tui.waitFor(stepPattern(at), 60_000);
	}
	console.log(JSON.stringify({steps: total, peakRssMb: peakRssMb(tui.pid)}));
} catch (error) {
	console.log(JSON.stringify({error: error.message}));
} finally {
	tui.quit();
}
