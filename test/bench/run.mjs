// `npm run bench`: builds the measuring script, runs every workload in a process of its own and
// prints a table; the figures are also written to .bench/results.json. Targets are in issue 7 and
// BENCHMARKS.md; this script measures, it does not pass or fail. `--plan-only` measures the plans
// alone (no --print, js-interpreter, start-up or TUI), which needs no build of dist/.
// When the environment sets NODE_EXTRA_CA_CERTS, every Node process parses that certificate bundle
// before it runs anything (~95 ms here), so whole-process figures are taken both with the
// environment as it is and without that variable.
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import path from 'node:path';
import {benchDir, bundle, outDir, root} from './bundle.mjs';

const cli = path.join(root, 'dist', 'cli.js');
const planOnly = process.argv.includes('--plan-only');
const measurePlan = await bundle('measure-plan');

const withoutCertificates = {...process.env};
delete withoutCertificates.NODE_EXTRA_CA_CERTS;
const environments = process.env.NODE_EXTRA_CA_CERTS ? {'as set': process.env, 'without NODE_EXTRA_CA_CERTS': withoutCertificates} : {'as set': process.env};

function json(command, args, env = process.env) {
	const result = spawnSync(command, args, {encoding: 'utf8', cwd: root, env, maxBuffer: 64 * 1024 * 1024});
	const line = result.stdout.trim().split('\n').at(-1);
	try {
		return JSON.parse(line);
	} catch {
		return {error: (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')};
	}
}

function medianProcessMs(args, env, runs = 5) {
	const times = [];
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		spawnSync(process.execPath, args, {encoding: 'utf8', env});
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
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
	if (!planOnly) {
		row.printMs = medianProcessMs([cli, '--print', file], process.env);
		if (process.env.NODE_EXTRA_CA_CERTS) row.printWithoutCertificatesMs = medianProcessMs([cli, '--print', file], withoutCertificates);
	}
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
for (const [name, env] of planOnly ? [] : Object.entries(environments)) {
	startup[name] = {
		bareNode: medianProcessMs(['-e', ''], env, 7),
		'--help': medianProcessMs([cli, '--help'], env, 7),
		'--version': medianProcessMs([cli, '--version'], env, 7),
	};
}

const million = path.join(benchDir, 'workloads', 'million.js');
const tuiSizes = ['80x24', '120x40'];
const tui = planOnly ? [] : tuiSizes.map(size => ({size, ...json(process.execPath, [path.join(benchDir, 'tui-latency.mjs'), cli, million, '40', size])}));
const firstFrames = planOnly
	? []
	: Object.entries(environments).flatMap(([environment, env]) =>
			['promise.js', 'gather.py'].map(name => ({environment, ...json(process.execPath, [path.join(benchDir, 'first-frame.mjs'), cli, path.join(root, 'examples', name)], env)})));
const tuiMemory = planOnly ? undefined : json(process.execPath, [path.join(benchDir, 'tui-peak-rss.mjs'), cli, million]);

const fixed = value => (typeof value === 'number' ? value.toFixed(value < 10 ? 1 : 0) : '—');
console.log(`\nloopstep benchmark · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
const printHeading = process.env.NODE_EXTRA_CA_CERTS ? '--print ms (without NODE_EXTRA_CA_CERTS)' : '--print ms';
console.log(`| workload | plan ms (CPU ms) · first run | steps | bytes/step (plan store) | peak RSS MB | ${printHeading} | js-interpreter ms (none / record) | ratio vs record |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
	if (row.error) {
		console.log(`| ${row.name} | error: ${row.error} | | | | | | |`);
		continue;
	}
	const peer = row.jsInterpreterMs ? `${fixed(row.jsInterpreterMs)} / ${fixed(row.jsInterpreterRecordMs)}` : '—';
	const ratio = row.jsInterpreterRecordMs ? `${(row.jsInterpreterRecordMs / row.buildMs).toFixed(1)}×` : '—';
	console.log(
		`| ${row.name} | ${fixed(row.buildMs)} (${fixed(row.buildCpuMs)}) · ${fixed(row.firstBuildMs)} | ${row.steps?.toLocaleString('en-US')}${row.stopped ? ` (${row.stopped})` : ''} | ${fixed(row.bytesPerStep)} (${fixed(row.planBytesPerStep)}) | ${fixed(row.peakRssMb)} | ${fixed(row.printMs)}${row.printWithoutCertificatesMs ? ` (${fixed(row.printWithoutCertificatesMs)})` : ''} | ${peer} | ${ratio} |`,
	);
}
if (!planOnly) {
	console.log('');
	for (const [name, figures] of Object.entries(startup)) {
		console.log(`start-up (${name}): bare node ${fixed(figures.bareNode)} ms, --help ${fixed(figures['--help'])} ms, --version ${fixed(figures['--version'])} ms`);
	}
	for (const frame of firstFrames) {
		if (frame.error) console.log(`first frame of ${path.basename(frame.file)} (${frame.environment}): error: ${frame.error}`);
		else console.log(`first frame of ${path.basename(frame.file)} (${frame.environment}): median ${fixed(frame.medianMs)} ms from spawning the pty wrapper, ${fixed(frame.netMedianMs)} ms less the wrapper's own ${fixed(frame.wrapperMs)} ms (${frame.runsMs.map(fixed).join(', ')})`);
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
