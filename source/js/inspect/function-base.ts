// getFunctionBase and getClassBase from Node 20 lib/internal/util/inspect.js.
import {hasOwnProperty, primitiveToString} from './host-reflection.js';
import type {InspectContext} from './inspect-options.js';

type FunctionSlots = {readonly isClass: boolean; readonly isAsync: boolean; readonly isGenerator: boolean};

/** `[Function: f]`, `[AsyncGeneratorFunction (anonymous)]`, `[class B extends A]`, ... */
export function getFunctionBase(ctx: InspectContext, value: unknown, slots: FunctionSlots, constructor: string | null, tag: string): string {
	if (slots.isClass) return getClassBase(ctx, value, constructor, tag);
	let type = 'Function';
	if (slots.isGenerator) type = `Generator${type}`;
	if (slots.isAsync) type = `Async${type}`;
	let base = `[${type}`;
	if (constructor === null) base += ' (null prototype)';
	const name = ctx.host.get(value, 'name');
	base += name === '' ? ' (anonymous)' : `: ${primitiveToString(ctx.host, name)}`;
	base += ']';
	if (constructor !== type && constructor !== null) base += ` ${constructor}`;
	if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
	return base;
}

function getClassBase(ctx: InspectContext, value: unknown, constructor: string | null, tag: string): string {
	const {host} = ctx;
	const ownName = hasOwnProperty(host, value, 'name') ? host.get(value, 'name') : undefined;
	const name = ownName ? primitiveToString(host, ownName) : '(anonymous)';
	let base = `class ${name}`;
	if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
	if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
	if (constructor !== null) {
		// The [[Prototype]] of a derived class is its parent class.
		const superName = host.get(host.getPrototypeOf(value), 'name');
		if (superName) base += ` extends ${primitiveToString(host, superName)}`;
	} else {
		base += ' extends [null prototype]';
	}
	return `[${base}]`;
}
