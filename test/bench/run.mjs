// `npm run bench`: builds the measuring script, runs every workload in a process of its own and
// prints a table; the figures are also written to .bench/results.json. Targets are in issue 7 and
// BENCHMARKS.md; this script measures, it does not pass or fail.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchDir = path.join(root, 'test', 'bench');
const outDir = path.join(root, '.bench');
const cli = path.join(root, 'dist', 'cli.js');
mkdirSync(outDir, {recursive: true});

await build({
	entryPoints: [path.join(benchDir, 'measure-plan.ts')],
	outfile: path.join(outDir, 'measure-plan.mjs'),
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	external: ['tree-sitter', 'tree-sitter-python'],
	banner: {js: "import {createRequire as __benchCreateRequire} from 'node:module'; const require = __benchCreateRequire(import.meta.url);"},
	logLevel: 'warning',
});

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
];

const rows = [];
for (const [name, relative, es5] of workloads) {
	const file = path.join(benchDir, relative);
	const plan = json(process.execPath, ['--expose-gc', path.join(outDir, 'measure-plan.mjs'), file]);
	const row = {name, ...plan, printMs: wholeProcessMs(file)};
	if (es5) {
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
for (const flag of ['--help', '--version']) {
	const times = [];
	for (let run = 0; run < 7; run++) {
		const start = performance.now();
		execFileSync(process.execPath, [cli, flag]);
		times.push(performance.now() - start);
	}
	startup[flag] = times.sort((a, b) => a - b)[3];
}

const tui = json(process.execPath, [path.join(benchDir, 'tui-latency.mjs'), cli, path.join(benchDir, 'workloads', 'million.js')]);

const fixed = value => (typeof value === 'number' ? value.toFixed(value < 10 ? 1 : 0) : '—');
console.log(`\nloopstep benchmark · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
console.log('| workload | plan ms | steps | bytes/step | peak RSS MB | --print ms | js-interpreter ms (none / record) | ratio vs record |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
	if (row.error) {
		console.log(`| ${row.name} | error: ${row.error} | | | | | | |`);
		continue;
	}
	const peer = row.jsInterpreterMs ? `${fixed(row.jsInterpreterMs)} / ${fixed(row.jsInterpreterRecordMs)}` : '—';
	const ratio = row.jsInterpreterRecordMs ? `${(row.jsInterpreterRecordMs / row.buildMs).toFixed(1)}×` : '—';
	console.log(
		`| ${row.name} | ${fixed(row.buildMs)} | ${row.steps?.toLocaleString('en-US')}${row.stopped ? ` (${row.stopped})` : ''} | ${fixed(row.bytesPerStep)} | ${fixed(row.peakRssMb)} | ${fixed(row.printMs)} | ${peer} | ${ratio} |`,
	);
}
console.log(`\nstart-up: --help ${fixed(startup['--help'])} ms, --version ${fixed(startup['--version'])} ms`);
if (tui.error) console.log(`TUI: error: ${tui.error}`);
else {
	console.log(`TUI on a ${tui.steps.toLocaleString('en-US')}-step plan: first frame ${fixed(tui.firstFrameMs)} ms from process start`);
	for (const [where, figures] of Object.entries(tui.keys)) {
		console.log(`  key → frame at ${where}: p50 ${fixed(figures.p50)} ms, p95 ${fixed(figures.p95)} ms`);
	}
}
writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify({node: process.version, rows, startup, tui}, null, 2)}\n`);
