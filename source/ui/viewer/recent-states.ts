import type {Plan, StepState} from '../../plan/index.js';

/**
 * The last few states the stepper asked the plan for. Showing a step needs its state and, to show
 * what left a queue, the state before it; stepping by one finds one of the two already here, so a
 * key costs one `Plan.stateAt` instead of two.
 */
export class RecentStates {
	private readonly states = new Map<number, StepState>();

	constructor(
		private readonly plan: Plan,
		private readonly capacity = 4,
	) {}

	at(step: number): StepState {
		const known = this.states.get(step);
		if (known) return known;
		const state = this.plan.stateAt(step);
		this.states.set(step, state);
		if (this.states.size > this.capacity) this.states.delete(this.states.keys().next().value!);
		return state;
	}
}
