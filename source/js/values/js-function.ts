import {JSObject} from './js-object.js';
import {Property, configurable} from './property.js';
import type {Value} from './value.js';

/** A function object (§10.2 / §10.3): [[Call]] and, for constructors, [[Construct]]. */
export abstract class JSFunction extends JSObject {
	constructor(proto: JSObject | null) {
		super(proto);
		this.className = 'Function';
	}

	abstract get isConstructor(): boolean;

	abstract callAs(thisArg: Value, args: Value[]): Value;

	abstract constructAs(args: Value[], newTarget: JSObject): Value;

	/** SetFunctionName and SetFunctionLength (§10.2.9, §10.2.10). */
	setNameAndLength(name: string, length: number): void {
		this.props.set('length', new Property(length, configurable));
		this.props.set('name', new Property(name, configurable));
	}

	/** How the function shows as a queue item: user functions show their source text. */
	get label(): string {
		return this.displayName ? `${this.displayName}()` : '(anonymous built-in)';
	}

	/** 1-based line where the function was created; 0 for built-ins. */
	get line(): number {
		return 0;
	}

	/** The function's `name` as shown in stacks and labels. */
	get displayName(): string {
		const name = this.props.get('name')?.value;
		return typeof name === 'string' ? name : '';
	}
}

/** Implementation of a built-in: `newTarget` is undefined for [[Call]]. */
export type NativeImpl = (thisArg: Value, args: Value[], newTarget: JSObject | undefined) => Value;

/** A built-in function object (§10.3). */
export class NativeFunction extends JSFunction {
	/** For closures made on behalf of a user callback (e.g. `finally`'s wrappers): how the job shows. */
	labelOverride: string | undefined = undefined;
	lineOverride = 0;

	constructor(
		proto: JSObject | null,
		readonly impl: NativeImpl,
		private readonly constructible: boolean,
	) {
		super(proto);
	}

	get isConstructor(): boolean {
		return this.constructible;
	}

	override get label(): string {
		return this.labelOverride ?? super.label;
	}

	override get line(): number {
		return this.lineOverride;
	}

	callAs(thisArg: Value, args: Value[]): Value {
		return this.impl(thisArg, args, undefined);
	}

	constructAs(args: Value[], newTarget: JSObject): Value {
		return this.impl(undefined, args, newTarget);
	}
}
