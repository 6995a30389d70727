import {expect, it} from 'vitest';
import {simulateJavaScript} from '../../source/js/index.js';
import {planFromMessage, planToMessage, type MarkerKind, type Plan} from '../../source/plan/index.js';
import {simulatePython} from '../../source/py/index.js';

const markerKinds: readonly MarkerKind[] = ['callback', 'iteration', 'output', 'timer'];

/** Moves a plan the way the CLI's simulation thread does: structured clone with the columns transferred. */
function moved(plan: Plan): Plan {
	const {message, transfer} = planToMessage(plan);
	return planFromMessage(structuredClone(message, {transfer}));
}

function landmarks(plan: Plan): Record<string, number[]> {
	const all: Record<string, number[]> = {};
	for (const kind of markerKinds) {
		const steps: number[] = [];
		for (let step = plan.nextMarker(kind, -1); step !== -1; step = plan.nextMarker(kind, step)) steps.push(step);
		all[kind] = steps;
	}
	return all;
}

const jsProgram = `
setTimeout(() => console.log('Timeout'), 5);
Promise.resolve().then(() => console.log('Promise'));
process.nextTick(() => console.log('tick'));
let total = 0;
for (let i = 0; i < 2000; i++) total += i;
console.log(total);
`;

const pyProgram = `
import asyncio

async def task(name, delay):
    print(f"{name} started")
    await asyncio.sleep(delay)
    print(f"{name} finished")

async def main():
    await asyncio.gather(task("A", 3), task("B", 1))

asyncio.run(main())
`;

// Simulations are deterministic, so a second run is the reference for the moved (detached) one.
it.each([
	['javascript', () => simulateJavaScript({file: 'moved.js', source: jsProgram}, {maxSteps: 100_000})],
	['python', () => simulatePython({file: 'moved.py', source: pyProgram}, {maxSteps: 100_000})],
])('a %s plan moved between threads has every state, landmark and output of the original', (_language, simulate) => {
	const reference = simulate();
	const copy = moved(simulate());
	expect(copy.length).toBe(reference.length);
	expect(copy.meta).toEqual(reference.meta);
	expect(copy.outcome).toEqual(reference.outcome);
	expect(copy.output).toEqual(reference.output);
	expect(landmarks(copy)).toEqual(landmarks(reference));
	expect([...copy.states()]).toEqual([...reference.states()]);
	for (const step of [0, reference.length >> 1, reference.length - 1]) expect(copy.stateAt(step)).toEqual(reference.stateAt(step));
});
