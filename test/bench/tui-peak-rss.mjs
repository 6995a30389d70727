// Peak RSS of the TUI holding a large plan: starts `loopstep FILE` in a real pseudo-terminal (util-linux
// `script`), waits for the first frame, jumps to the middle and to the end (so the plan is read where
// it is largest), then reads the loopstep process's peak RSS (VmHWM) from /proc (Linux) and quits. Prints one
// JSON line.   node tui-peak-rss.mjs CLI FILE
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';

const [cli, file] = process.argv.slice(2);
const env = {...process.env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', NO_COLOR: '1'};
delete env.CI;

const child = spawn('script', ['-qfec', `stty cols 120 rows 40; exec node ${cli} ${file}`, '/dev/null'], {env});
let screen = '';
const waiters = [];
child.stdout.on('data', chunk => {
	screen = (screen + chunk.toString('utf8')).slice(-20_000);
	for (const waiter of [...waiters]) waiter();
});

function waitFor(pattern, timeoutMs = 60_000) {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}`)), timeoutMs);
		const check = () => {
			if (pattern.test(screen)) {
				clearTimeout(timer);
				waiters.splice(waiters.indexOf(check), 1);
				resolve();
			}
		};
		waiters.push(check);
		check();
	});
}

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
	const totalPattern = /step 1\/([\d,]+)/;
	await waitFor(totalPattern);
	const total = Number(totalPattern.exec(screen)[1].replaceAll(',', ''));
	for (const at of [Math.floor(total / 2), total]) {
		screen = '';
		child.stdin.write(`:${at}\r`);
		await waitFor(new RegExp(`step ${at.toLocaleString('en-US')}/`));
	}
	console.log(JSON.stringify({steps: total, peakRssMb: peakRssMb(child.pid)}));
} catch (error) {
	console.log(JSON.stringify({error: error.message}));
} finally {
	child.stdin.write('q');
	setTimeout(() => child.kill('SIGKILL'), 2000).unref();
}
