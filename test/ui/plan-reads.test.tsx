import {afterEach, expect, test, vi} from 'vitest';
import {promisePlan} from './support/promise-plan.js';
import {keys, renderStepper, type StepperHarness} from './support/render-stepper.js';

let harness: StepperHarness | undefined;
afterEach(() => harness?.unmount());

test('stepping forward or back asks the plan for one state per key, even where an item left a queue', async () => {
	const plan = promisePlan();
	const leaving = Array.from({length: plan.length}, (_, step) => step).filter(step => plan.stateAt(step).changes.some(change => change.change === 'removed'));
	expect(leaving.length).toBeGreaterThan(0);
	const reads = vi.spyOn(plan, 'stateAt');
	harness = await renderStepper(plan);
	const presses = plan.length - 1;
	for (let press = 0; press < presses; press++) await harness.press(keys.right);
	for (let press = 0; press < presses; press++) await harness.press(keys.left);
	expect(harness.frame()).toContain(`step 1/${plan.length}`);
	// One for the first frame, then at most one per key: the state before a step is the one just
	// shown, so showing what left a queue costs no second read.
	expect(reads.mock.calls.length).toBeLessThanOrEqual(1 + 2 * presses);
});
