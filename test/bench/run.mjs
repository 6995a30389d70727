// `npm run bench`: builds the measuring script, runs every workload in a process of its own and
// prints a table; the figures are also written to .bench/results.json. Targets are in issue 7 and
// BENCHMARKS.md; this script measures, it does not pass or fail. `--plan-only` measures the plans
// alone (no --print, js-interpreter, start-up or TUI), which needs no build of dist/.
import {execFileSync, spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import path from 'node:path';
import {benchDir, bundle, outDir, root} from './bundle.mjs';

const cli = path.join(root, 'dist', 'cli.js');
const planOnly = process.argv.includes('--plan-only');
const measurePlan = await bundle('measure-plan');

function json(command, args) {
	const result = spawnSync(command, args, {encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024});
	const line = result.stdout.trim().split('\n').at(-1);
	try {
		return JSON.parse(line);
	} catch {
		return {error: (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')};
	}
}

function wholeProcessMs(file) {
	const times = [];
	for (let run = 0; run < 5; run++) {
		const start = performance.now();
		spawnSync(process.execPath, [cli, '--print', file], {encoding: 'utf8'});
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b)[2];
}

const workloads = [
	['cpu', 'workloads/cpu.js', 'es5/cpu.js'],
	['recursion', 'workloads/recursion.js', 'es5/recursion.js'],
	['closures', 'workloads/closures.js', 'es5/closures.js'],
	['evloop', 'workloads/evloop.js', null],
	['cpu.py', 'workloads/cpu.py', null],
	['recursion.py', 'workloads/recursion.py', null],
	['asyncio_heavy.py', 'workloads/asyncio_heavy.py', null],
	['gather.py', '../../examples/gather.py', null],
	['million', 'workloads/million.js', null],
];

const rows = [];
for (const [name, relative, es5] of workloads) {
	const file = path.join(benchDir, relative);
	const plan = json(process.execPath, ['--expose-gc', measurePlan, file]);
	const row = {name, ...plan};
	if (!planOnly) row.printMs = wholeProcessMs(file);
	if (es5 && !planOnly) {
		const peer = path.join(benchDir, es5);
		const bare = json(process.execPath, [path.join(benchDir, 'js-interpreter-baseline.mjs'), peer, 'none']);
		const recording = json(process.execPath, [path.join(benchDir, 'js-interpreter-baseline.mjs'), peer, 'record']);
		row.jsInterpreterMs = bare.ms;
		row.jsInterpreterRecordMs = recording.ms;
		row.jsInterpreterRecordRssMb = recording.peakRssMb;
	}
	rows.push(row);
	console.error(`measured ${name}`);
}

const startup = {};
for (const flag of planOnly ? [] : ['--help', '--version']) {
	const times = [];
	for (let run = 0; run < 7; run++) {
		const start = performance.now();
		execFileSync(process.execPath, [cli, flag]);
		times.push(performance.now() - start);
	}
	startup[flag] = times.sort((a, b) => a - b)[3];
}

const million = path.join(benchDir, 'workloads', 'million.js');
const tuiSizes = ['80x24', '120x40'];
const tui = planOnly ? [] : tuiSizes.map(size => ({size, ...json(process.execPath, [path.join(benchDir, 'tui-latency.mjs'), cli, million, '40', size])}));
const firstFrames = planOnly ? [] : ['promise.js', 'gather.py'].map(name => json(process.execPath, [path.join(benchDir, 'first-frame.mjs'), cli, path.join(root, 'examples', name)]));
const tuiMemory = planOnly ? undefined : json(process.execPath, [path.join(benchDir, 'tui-peak-rss.mjs'), cli, million]);

const fixed = value => (typeof value === 'number' ? value.toFixed(value < 10 ? 1 : 0) : '—');
console.log(`\nloopstep benchmark · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
console.log('| workload | plan ms (CPU ms) | steps | bytes/step (plan store) | peak RSS MB | --print ms | js-interpreter ms (none / record) | ratio vs record |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
	if (row.error) {
		console.log(`| ${row.name} | error: ${row.error} | | | | | | |`);
		continue;
	}
	const peer = row.jsInterpreterMs ? `${fixed(row.jsInterpreterMs)} / ${fixed(row.jsInterpreterRecordMs)}` : '—';
	const ratio = row.jsInterpreterRecordMs ? `${(row.jsInterpreterRecordMs / row.buildMs).toFixed(1)}×` : '—';
	console.log(
		`| ${row.name} | ${fixed(row.buildMs)} (${fixed(row.buildCpuMs)}) | ${row.steps?.toLocaleString('en-US')}${row.stopped ? ` (${row.stopped})` : ''} | ${fixed(row.bytesPerStep)} (${fixed(row.planBytesPerStep)}) | ${fixed(row.peakRssMb)} | ${fixed(row.printMs)} | ${peer} | ${ratio} |`,
	);
}
if (!planOnly) {
	console.log(`\nstart-up: --help ${fixed(startup['--help'])} ms, --version ${fixed(startup['--version'])} ms`);
	for (const frame of firstFrames) {
		if (frame.error) console.log(`first frame of ${path.basename(frame.file)}: error: ${frame.error}`);
		else console.log(`first frame of ${path.basename(frame.file)}: median ${fixed(frame.medianMs)} ms from process start (${frame.runsMs.map(fixed).join(', ')})`);
	}
	for (const run of tui) {
		if (run.error) {
			console.log(`TUI ${run.size}: error: ${run.error}`);
			continue;
		}
		console.log(`TUI ${run.size} on a ${run.steps.toLocaleString('en-US')}-step plan: first frame ${fixed(run.firstFrameMs)} ms from process start`);
		for (const [where, figures] of Object.entries(run.keys)) {
			console.log(`  key → frame at ${where}: p50 ${fixed(figures.p50)} ms, p95 ${fixed(figures.p95)} ms`);
		}
	}
	if (tuiMemory.error) console.log(`TUI peak RSS: error: ${tuiMemory.error}`);
	else console.log(`TUI peak RSS on a ${tuiMemory.steps.toLocaleString('en-US')}-step plan, after visiting its middle and end: ${fixed(tuiMemory.peakRssMb)} MB`);
}
writeFileSync(path.join(outDir, planOnly ? 'plan-results.json' : 'results.json'), `${JSON.stringify({node: process.version, rows, startup, firstFrames, tui, tuiMemory}, null, 2)}\n`);
