// A loopstep TUI in a real pseudo-terminal (util-linux `script`), for the benchmark scripts: what it
// has drawn lately, waits for a pattern on screen, keys, and a quit that cannot leave it running.
import {spawn} from 'node:child_process';

/** The status bar's `step N/TOTAL`, TOTAL captured. */
export const totalPattern = /step 1\/([\d,]+)/;

/** The status bar once it shows step `number`. */
export const stepPattern = number => new RegExp(`step ${number.toLocaleString('en-US')}/`);

export function startTui(cli, file, columns = 120, rows = 40) {
	const env = {...process.env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', NO_COLOR: '1'};
	delete env.CI;
	const child = spawn('script', ['-qfec', `stty cols ${columns} rows ${rows}; exec node ${cli} ${file}`, '/dev/null'], {env});
	let screen = '';
	const waiters = [];
	child.stdout.on('data', chunk => {
		screen = (screen + chunk.toString('utf8')).slice(-20_000);
		for (const waiter of [...waiters]) waiter();
	});
	return {
		pid: child.pid,
		get screen() {
			return screen;
		},
		/** Sends keys after forgetting what was drawn, so a wait sees only what they make. */
		press(keys) {
			screen = '';
			child.stdin.write(keys);
		},
		/** Resolves with the time the pattern was first on screen. */
		waitFor(pattern, timeoutMs = 30_000) {
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; screen ends: ${JSON.stringify(screen.slice(-300))}`)), timeoutMs);
				const check = () => {
					if (pattern.test(screen)) {
						clearTimeout(timer);
						waiters.splice(waiters.indexOf(check), 1);
						resolve(performance.now());
					}
				};
				waiters.push(check);
				check();
			});
		},
		quit() {
			child.stdin.write('q');
			setTimeout(() => child.kill('SIGKILL'), 2000).unref();
		},
	};
}
