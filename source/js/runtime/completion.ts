import type {Value} from '../values/value.js';

export const breakKind = 0;
export const continueKind = 1;
export const returnKind = 2;

/** An abrupt completion other than throw (§6.2.4); throws travel as `ThrowCompletion` exceptions. */
export class Abrupt {
	constructor(
		readonly kind: typeof breakKind | typeof continueKind | typeof returnKind,
		readonly label: string | undefined,
		readonly value: Value,
	) {}
}

/** `undefined` is a normal completion: statements are executed for effect. */
export type Completion = Abrupt | undefined;

export const unlabeledBreak = new Abrupt(breakKind, undefined, undefined);
export const unlabeledContinue = new Abrupt(continueKind, undefined, undefined);

/** LoopContinues (§14.7.1.2): does this completion let the loop go on? */
export function loopContinues(completion: Completion, labels: readonly string[]): boolean {
	if (completion === undefined) return true;
	if (completion.kind !== continueKind) return false;
	return completion.label === undefined || labels.includes(completion.label);
}

/** Whether a `break` ends this loop or switch (as opposed to an outer labelled statement). */
export function breaksHere(completion: Abrupt, labels: readonly string[]): boolean {
	return completion.kind === breakKind && (completion.label === undefined || labels.includes(completion.label));
}
