// Measures the TUI in a real pseudo-terminal (util-linux `script`): the time from process start to
// the first full frame, and the time from a key press to the frame that shows its step, at the
// start, middle and end of a large plan. Each key is sent as soon as the previous frame is on
// screen, the hardest pace for a frame throttle. Prints one JSON line.
//   node tui-latency.mjs CLI FILE [PRESSES=40] [COLUMNSxROWS=120x40]
import {startTui, stepPattern, totalPattern} from './pty-session.mjs';

const [cli, file, presses = '40', size = '120x40'] = process.argv.slice(2);
const keyCount = Number(presses);
const [columns, rows] = size.split('x').map(Number);

const started = performance.now();
const tui = startTui(cli, file, columns, rows);

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function pressAndMeasure(key, expectedStep) {
	const sent = performance.now();
	tui.press(key);
	const shown = await tui.waitFor(stepPattern(expectedStep));
	return shown - sent;
}

try {
	const firstFrame = (await tui.waitFor(totalPattern, 60_000)) - started;
	const total = Number(totalPattern.exec(tui.screen)[1].replaceAll(',', ''));
	const result = {size: `${columns}x${rows}`, firstFrameMs: firstFrame, steps: total, keys: {}};
	// The first presses after start-up compile the drawing code (V8 optimises it after a few dozen
	// frames); the first-frame figure covers start-up, so twenty presses warm up uncounted.
	const warmUp = 20;
	for (let press = 2; press <= 1 + warmUp; press++) await pressAndMeasure('l', press);
	// Going to the step already shown draws nothing, so the start position is past the warm-up.
	const positions = {start: 2 + warmUp, middle: Math.floor(total / 2), end: total - keyCount - 1};
	for (const [name, at] of Object.entries(positions)) {
		tui.press(`:${at}\r`);
		await tui.waitFor(stepPattern(at));
		const latencies = [];
		for (let press = 1; press <= keyCount; press++) latencies.push(await pressAndMeasure('l', at + press));
		result.keys[name] = {p50: percentile(latencies, 50), p95: percentile(latencies, 95)};
	}
	console.log(JSON.stringify(result));
} catch (error) {
	console.log(JSON.stringify({error: error.message}));
} finally {
	tui.quit();
}
