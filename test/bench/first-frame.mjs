// Time from process start to the first full frame of the TUI in a real pseudo-terminal (util-linux
// `script`), for a small program: what a user waits for after typing `loopstep examples/promise.js`.
// Prints one JSON line with the median and all runs.
import {spawn} from 'node:child_process';

const [cli, file, runs = '7'] = process.argv.slice(2);
const env = {...process.env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', NO_COLOR: '1'};
delete env.CI;

function once() {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('script', ['-qfec', `stty cols 120 rows 40; exec node ${cli} ${file}`, '/dev/null'], {env});
		let screen = '';
		let shown;
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`no frame within 30 s; screen ends: ${JSON.stringify(screen.slice(-300))}`));
		}, 30_000);
		child.stdout.on('data', chunk => {
			screen += chunk.toString('utf8');
			if (shown === undefined && /step 1\/[\d,]+/.test(screen)) {
				shown = performance.now() - started;
				child.stdin.write('q');
			}
		});
		child.on('exit', () => {
			clearTimeout(timer);
			if (shown === undefined) reject(new Error(`exited before a frame; screen ends: ${JSON.stringify(screen.slice(-300))}`));
			else resolve(shown);
		});
	});
}

try {
	const times = [];
	for (let run = 0; run < Number(runs); run++) times.push(await once());
	const sorted = [...times].sort((a, b) => a - b);
	console.log(JSON.stringify({file, medianMs: sorted[Math.floor(sorted.length / 2)], runsMs: times}));
} catch (error) {
	console.log(JSON.stringify({file, error: error instanceof Error ? error.message : String(error)}));
}
