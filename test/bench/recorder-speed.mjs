// `node test/bench/recorder-speed.mjs [ROUNDS]`: the recorder alone, in ns of CPU time per step for
// three call patterns (see recorder-speed.ts). A measuring aid for the plan's code, not part of `npm run bench`.
import {spawnSync} from 'node:child_process';
import {bundle} from './bundle.mjs';

const script = await bundle('recorder-speed');
const result = spawnSync(process.execPath, [script, ...process.argv.slice(2)], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
const figures = JSON.parse(result.stdout);
for (const [pattern, ns] of Object.entries(figures)) console.log(`${pattern}: ${ns.toFixed(0)} ns/step`);
