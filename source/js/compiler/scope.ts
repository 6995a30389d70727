/** How a name was declared, which decides hoisting, TDZ checks and whether assignment is allowed. */
export type BindingKind = 'var' | 'let' | 'const' | 'class' | 'function' | 'param' | 'internal' | 'callee';

export interface Binding {
	readonly slot: number;
	readonly kind: BindingKind;
}

/** A resolved identifier: how many environments up, which slot, and how it was declared. */
export interface ResolvedBinding {
	readonly hops: number;
	readonly slot: number;
	readonly kind: BindingKind;
}

/**
 * A compile-time scope. A function scope always gets an environment at run time; a block scope only
 * when it declares something, so blocks without declarations cost nothing.
 */
export class Scope {
	readonly names = new Map<string, Binding>();
	/** Number of slots; a function scope's environment has exactly this many. */
	size = 0;

	constructor(
		readonly parent: Scope | null,
		readonly isFunction: boolean,
	) {}

	get materialized(): boolean {
		return this.isFunction || this.names.size > 0;
	}

	declare(name: string, kind: BindingKind): number {
		const existing = this.names.get(name);
		if (existing) return existing.slot;
		const slot = this.size++;
		this.names.set(name, {slot, kind});
		return slot;
	}

	resolve(name: string): ResolvedBinding | undefined {
		let hops = 0;
		for (let scope: Scope | null = this; scope !== null; scope = scope.parent) {
			const binding = scope.names.get(name);
			if (binding) return {hops, slot: binding.slot, kind: binding.kind};
			if (scope.materialized) hops++;
		}
		return undefined;
	}

	/** Slots that start in the temporal dead zone when the environment is created. */
	lexicalSlots(): number[] {
		const slots: number[] = [];
		for (const binding of this.names.values()) if (binding.kind === 'let' || binding.kind === 'const' || binding.kind === 'class') slots.push(binding.slot);
		return slots;
	}
}

/** Internal names no program can spell. */
export const thisName = '%this';
export const newTargetName = '%newtarget';
export const homeObjectName = '%home';
export const functionObjectName = '%function';
