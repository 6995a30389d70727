// Measures the TUI in a real pseudo-terminal (util-linux `script`): the time from process start to
// the first full frame, and the time from a key press to the frame that shows its step, at the
// start, middle and end of a large plan. Each key is sent as soon as the previous frame is on
// screen, the hardest pace for a frame throttle. Prints one JSON line.
//   node tui-latency.mjs CLI FILE [PRESSES=40] [COLUMNSxROWS=120x40]
import {spawn} from 'node:child_process';

const [cli, file, presses = '40', size = '120x40'] = process.argv.slice(2);
const keyCount = Number(presses);
const [columns, rows] = size.split('x').map(Number);
const env = {...process.env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', NO_COLOR: '1'};
delete env.CI;

const started = performance.now();
const child = spawn('script', ['-qfec', `stty cols ${columns} rows ${rows}; exec node ${cli} ${file}`, '/dev/null'], {env});
let screen = '';
const waiters = [];
child.stdout.on('data', chunk => {
	screen = (screen + chunk.toString('utf8')).slice(-20_000);
	for (const waiter of [...waiters]) waiter();
});

function waitFor(pattern, timeoutMs = 30_000) {
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
}

const stepPattern = number => new RegExp(`step ${number.toLocaleString('en-US')}/`);
const totalPattern = /step 1\/([\d,]+)/;

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function pressAndMeasure(key, expectedStep) {
	screen = '';
	const sent = performance.now();
	child.stdin.write(key);
	const shown = await waitFor(stepPattern(expectedStep));
	return shown - sent;
}

try {
	const firstFrame = (await waitFor(totalPattern, 60_000)) - started;
	const total = Number(totalPattern.exec(screen)[1].replaceAll(',', ''));
	const result = {size: `${columns}x${rows}`, firstFrameMs: firstFrame, steps: total, keys: {}};
	// The first presses after start-up compile the drawing code (V8 optimises it after a few dozen
	// frames); the first-frame figure covers start-up, so twenty presses warm up uncounted.
	const warmUp = 20;
	for (let press = 2; press <= 1 + warmUp; press++) await pressAndMeasure('l', press);
	// Going to the step already shown draws nothing, so the start position is past the warm-up.
	const positions = {start: 2 + warmUp, middle: Math.floor(total / 2), end: total - keyCount - 1};
	for (const [name, at] of Object.entries(positions)) {
		screen = '';
		child.stdin.write(`:${at}\r`);
		await waitFor(stepPattern(at));
		const latencies = [];
		for (let press = 1; press <= keyCount; press++) latencies.push(await pressAndMeasure('l', at + press));
		result.keys[name] = {p50: percentile(latencies, 50), p95: percentile(latencies, 95)};
	}
	console.log(JSON.stringify(result));
} catch (error) {
	console.log(JSON.stringify({error: error.message}));
} finally {
	child.stdin.write('q');
	setTimeout(() => child.kill('SIGKILL'), 2000).unref();
}
