// `node test/bench/ink-output.mjs`: Ink's Output (node_modules/ink/build/output.js) against ours
// (source/ui/terminal/ink-output.ts) on a frame shaped like the stepper's (bordered panes, styled
// gutters, titles through transformers, a clipped narration line, an inverse status bar), at
// 120x40 and 80x24: the first get() in a fresh process, then p50/p95 of a frame (new Output, the
// writes, get) over frames whose step changes, as a key press redraws. A measuring aid, no
// assertions; prints one JSON line per size.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {outDir, root} from './bundle.mjs';

const implementations = {
	ink: path.join(root, 'node_modules', 'ink', 'build', 'output.js'),
	ours: path.join(outDir, 'ink-output.mjs'),
};
const sizes = [[120, 40], [80, 24]];

const gray = text => `\u001B[90m${text}\u001B[39m`;
const bold = text => `\u001B[1m${text}\u001B[22m`;
const cyan = text => `\u001B[36m${text}\u001B[39m`;
const white = text => `\u001B[37m${text}\u001B[39m`;
const inverse = text => `\u001B[7m${text}\u001B[27m`;
const title = [line => bold(white(line))];

const source = [
	'console.log("Start");',
	'setTimeout(() => console.log("Timeout"), 0);',
	'Promise.resolve().then(() => console.log("Promise"));',
	'process.nextTick(() => console.log("nextTick"));',
	'setImmediate(() => console.log("Immediate"));',
	'console.log("End");',
];

/** Draws a bordered box the way Ink's Box does: top, sides as multi-line writes, bottom. */
function box(output, x, y, width, height, name) {
	output.write(x, y, gray(`╭${'─'.repeat(width - 2)}╮`), {transformers: []});
	const side = Array.from({length: height - 2}, () => gray('│')).join('\n');
	output.write(x, y + 1, side, {transformers: []});
	output.write(x + width - 1, y + 1, side, {transformers: []});
	output.write(x, y + height - 1, gray(`╰${'─'.repeat(width - 2)}╯`), {transformers: []});
	output.write(x + 2, y, ` ${name} `, {transformers: title});
}

function drawFrame(Output, columns, rows, step) {
	const height = rows - 1;
	const output = new Output({width: columns, height});
	const left = Math.floor(columns * 0.6);
	const paneRows = height - 4;
	box(output, 0, 0, left, paneRows, `Source · promise.js`);
	for (let line = 0; line < Math.min(source.length, paneRows - 2); line++) {
		const marker = line === step % source.length ? bold(cyan('▸')) : ' ';
		output.write(1, 1 + line, `${marker} ${gray(`${line + 1} `)}${source[line].slice(0, left - 8)}`, {transformers: []});
	}
	for (let line = 0; line < Math.min(step % 8, paneRows - 10); line++) {
		output.write(1, 9 + line, `${gray('›')} ${['Start', 'End', 'nextTick', 'Promise', 'Timeout', 'Immediate'][line % 6]}`, {transformers: []});
	}
	const right = columns - left;
	const sections = ['Clock', `Call Stack (${step % 3})`, 'Timers (1)', 'Macrotask queue (0)', 'nextTick queue (0)', 'Microtask queue (1)', 'Check (setImmediate) (0)'];
	const sectionRows = Math.floor(paneRows / sections.length);
	for (const [index, name] of sections.entries()) {
		const y = index * sectionRows;
		box(output, left, y, right, sectionRows + 1, name);
		const entry = index === 0 ? `${bold(` ${step} ms`)}${gray(' · phase: ')}timers` : `${bold(cyan('●'))} callback #${(step + index) % 5} ${gray(`:${index + 1}`)}`;
		output.write(left + 1, y + 1, entry, {transformers: []});
	}
	output.clip({x1: 0, x2: columns, y1: height - 3, y2: height - 1});
	output.write(1, height - 3, `Step ${step}: the event loop runs the timers phase, then the microtasks it queued…`, {transformers: [line => cyan(line)]});
	output.unclip();
	const keys = ['→ step', '← back', 'space play', 'b break', '? help', 'q quit'].map(key => `${bold(cyan(key.split(' ')[0]))} ${key.split(' ')[1]}`).join('  ');
	output.write(0, height - 1, `${inverse(bold(` step ${step}/23 `))} ${step} ms · ‖ 2/s · ${keys}`, {transformers: []});
	return output.get().output;
}

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function child(name, columns, rows) {
	const importStarted = performance.now();
	const {default: Output} = await import(pathToFileURL(implementations[name]).href);
	const importMs = performance.now() - importStarted;
	const started = performance.now();
	const frame = drawFrame(Output, columns, rows, 1);
	const coldMs = performance.now() - started;
	const times = [];
	for (let step = 2; step < 1200; step++) {
		const frameStarted = performance.now();
		drawFrame(Output, columns, rows, step);
		if (step >= 200) times.push(performance.now() - frameStarted);
	}
	console.log(JSON.stringify({importMs, coldMs, warmP50Ms: percentile(times, 50), warmP95Ms: percentile(times, 95), frameLength: frame.length, frame}));
}

if (process.argv[2] === '--child') {
	await child(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
} else {
	await build({
		entryPoints: [path.join(root, 'source', 'ui', 'terminal', 'ink-output.ts')],
		outfile: implementations.ours,
		bundle: true,
		// The libraries load from node_modules, as Ink's Output loads them.
		packages: 'external',
		platform: 'node',
		format: 'esm',
		target: 'node20',
		logLevel: 'warning',
	});
	const fixed = value => Number(value.toFixed(3));
	for (const [columns, rows] of sizes) {
		const result = {size: `${columns}x${rows}`};
		const frames = {};
		for (const name of Object.keys(implementations)) {
			// Cold figures are medians over fresh processes.
			const runs = [];
			for (let run = 0; run < 5; run++) {
				const ran = spawnSync(process.execPath, [import.meta.filename ?? new URL(import.meta.url).pathname, '--child', name, String(columns), String(rows)], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
				if (ran.status !== 0) throw new Error(`${name}: ${ran.stderr}`);
				runs.push(JSON.parse(ran.stdout));
			}
			const median = key => fixed(percentile(runs.map(run => run[key]), 50));
			frames[name] = runs[0].frame;
			result[name] = {importMs: median('importMs'), coldMs: median('coldMs'), warmP50Ms: median('warmP50Ms'), warmP95Ms: median('warmP95Ms')};
		}
		result.identical = frames.ink === frames.ours;
		console.log(JSON.stringify(result));
	}
}
