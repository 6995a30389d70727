// `node test/bench/breakdown.mjs [workload…]`: bytes per step of each structure of the plan, per
// workload (see plan-breakdown.ts), as a table. A measuring aid for the plan's storage, not part of
// `npm run bench`.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {benchDir, bundle} from './bundle.mjs';

const script = await bundle('plan-breakdown');

const workloads = {
	cpu: 'workloads/cpu.js',
	recursion: 'workloads/recursion.js',
	closures: 'workloads/closures.js',
	evloop: 'workloads/evloop.js',
	'cpu.py': 'workloads/cpu.py',
	'recursion.py': 'workloads/recursion.py',
	'asyncio_heavy.py': 'workloads/asyncio_heavy.py',
	'gather.py': '../../examples/gather.py',
	million: 'workloads/million.js',
};
const chosen = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(workloads);

const rows = [];
for (const name of chosen) {
	const result = spawnSync(process.execPath, ['--expose-gc', script, path.join(benchDir, workloads[name])], {encoding: 'utf8', maxBuffer: 16 * 1024 * 1024});
	if (result.status !== 0) throw new Error(`${name}: ${result.stderr}`);
	rows.push({name, ...JSON.parse(result.stdout.trim().split('\n').at(-1))});
}

const parts = [...new Set(rows.flatMap(row => Object.keys(row.parts)))].filter(part => rows.some(row => Math.abs(row.parts[part]) >= 0.05));
const fixed = value => (value === undefined ? '—' : value.toFixed(value !== 0 && Math.abs(value) < 10 ? 1 : 0));
console.log(`| part | ${rows.map(row => row.name).join(' | ')} |`);
console.log(`| --- |${rows.map(() => ' ---: |').join('')}`);
console.log(`| steps | ${rows.map(row => row.steps.toLocaleString('en-US')).join(' | ')} |`);
console.log(`| heap growth / step | ${rows.map(row => fixed(row.heapGrowthPerStep)).join(' | ')} |`);
console.log(`| plan store / step | ${rows.map(row => fixed(row.planPerStep)).join(' | ')} |`);
for (const part of parts) console.log(`| ${part} | ${rows.map(row => fixed(row.parts[part])).join(' | ')} |`);
const counted = [...new Set(rows.flatMap(row => Object.keys(row.counts)))];
console.log(`\n| entries | ${rows.map(row => row.name).join(' | ')} |`);
console.log(`| --- |${rows.map(() => ' ---: |').join('')}`);
for (const field of counted) console.log(`| ${field} | ${rows.map(row => row.counts[field]?.toLocaleString('en-US') ?? '—').join(' | ')} |`);
