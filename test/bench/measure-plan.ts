/**
 * Measures one workload in a process of its own: the time to build its full plan (median of
 * three, and the first of them alone: code not yet optimised, as in a fresh loopstep), its step count, the bytes per step the heap grows by (plan, compiled program and whatever
 * the simulator still holds) and the bytes per step of the plan's own store, and the peak RSS.
 * Run by run.mjs after bundling; prints one JSON line.
 */
import {readFileSync} from 'node:fs';
import {simulateJavaScript} from '../../source/js/index.js';
import {simulatePython} from '../../source/py/index.js';
import type {Plan} from '../../source/plan/index.js';
import {releaseStore} from './plan-memory.js';

const file = process.argv[2]!;
const maxSteps = Number(process.argv[3] ?? 1_000_000);
const source = readFileSync(file, 'utf8');
const simulate = file.endsWith('.py') ? simulatePython : simulateJavaScript;
const collect = (globalThis as {gc?: () => void}).gc;
if (!collect) throw new Error('run with --expose-gc');

function heap(): number {
	collect!();
	collect!();
	const usage = process.memoryUsage();
	return usage.heapUsed + usage.arrayBuffers;
}

const times: number[] = [];
const cpuTimes: number[] = [];
let bytesPerStep = 0;
let plan: Plan | undefined;
for (let run = 0; run < 3; run++) {
	plan = undefined;
	const before = heap();
	const start = performance.now();
	const cpuStart = process.cpuUsage();
	plan = simulate({file, source}, {maxSteps});
	times.push(performance.now() - start);
	const cpu = process.cpuUsage(cpuStart);
	cpuTimes.push((cpu.user + cpu.system) / 1000);
	// The first run alone: later runs would also count whatever earlier runs left behind.
	if (run === 0) bytesPerStep = (heap() - before) / plan.length;
}
const firstBuildMs = times[0];
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const steps = plan!.length;
const outcome = plan!.outcome;
const planBytesPerStep = releaseStore(plan!) / steps;
console.log(
	JSON.stringify({
		buildMs: times[1],
		firstBuildMs,
		// CPU time (GC threads included) moves less than wall time when other work shares the machine.
		buildCpuMs: cpuTimes[1],
		steps,
		bytesPerStep,
		planBytesPerStep,
		peakRssMb,
		exitCode: outcome.exitCode,
		stopped: outcome.stopped?.reason ?? null,
	}),
);
