// Time from process start to the first full frame of the TUI in a real pseudo-terminal (util-linux
// `script`), for a small program: what a user waits for after typing `loopstep examples/promise.js`.
// The clock starts when `script` is spawned, so it includes the pty wrapper (script, a shell, stty):
// that overhead is measured too, as the same wrapper printing the awaited text at once, and
// `netMedianMs` is the median less the wrapper's. Prints one JSON line.
import {spawn} from 'node:child_process';

const [cli, file, runs = '7'] = process.argv.slice(2);
const env = {...process.env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', NO_COLOR: '1'};
delete env.CI;

function once(command = `exec node ${cli} ${file}`) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('script', ['-qfec', `stty cols 120 rows 40; ${command}`, '/dev/null'], {env});
		child.stdin.on('error', () => {});
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

const median = times => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

try {
	const times = [];
	const wrapper = [];
	for (let run = 0; run < Number(runs); run++) {
		times.push(await once());
		wrapper.push(await once("printf 'step 1/1'; sleep 0.3"));
	}
	const medianMs = median(times);
	const wrapperMs = median(wrapper);
	console.log(JSON.stringify({file, medianMs, wrapperMs, netMedianMs: medianMs - wrapperMs, runsMs: times}));
} catch (error) {
	console.log(JSON.stringify({file, error: error instanceof Error ? error.message : String(error)}));
}
