import type {NameLocation, Parameters} from '../parse/ast.js';
import {typeError} from '../runtime/exception-types.js';
import {PyDict, PyTuple} from '../runtime/py-containers.js';
import type {PyFunction} from '../runtime/py-callables.js';
import type {Kwargs, PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import type {Frame} from './frame.js';

/** A function's parameters, laid out once for fast binding. */
export class ParameterLayout {
	/** Positional-or-keyword parameters (positional-only first). */
	readonly positionalNames: string[];
	readonly positionalOnlyCount: number;
	readonly keywordOnlyNames: string[];
	readonly varargs: string | null;
	readonly kwargs: string | null;
	/** Where each parameter is stored, in order: positional, *args, keyword-only, **kwargs. */
	readonly slots: NameLocation[];
	/** All positional parameters are fast locals 0..n-1 and nothing else: the fast path applies. */
	readonly simple: boolean;
	readonly firstDefault: number;

	constructor(
		readonly functionName: string,
		params: Parameters,
		locate: (name: string) => NameLocation,
	) {
		this.positionalNames = [...params.positionalOnly, ...params.positional].map(param => param.name);
		this.positionalOnlyCount = params.positionalOnly.length;
		this.keywordOnlyNames = params.keywordOnly.map(param => param.name);
		this.varargs = params.varargs;
		this.kwargs = params.kwargs;
		const ordered = [...this.positionalNames, ...(params.varargs ? [params.varargs] : []), ...this.keywordOnlyNames, ...(params.kwargs ? [params.kwargs] : [])];
		this.slots = ordered.map(locate);
		this.simple = !params.varargs && !params.kwargs && this.keywordOnlyNames.length === 0 && this.slots.every((slot, index) => slot.kind === 'fast' && slot.index === index);
		const defaults = [...params.positionalOnly, ...params.positional].findIndex(param => param.default !== null);
		this.firstDefault = defaults < 0 ? this.positionalNames.length : defaults;
	}

	get parameterNames(): string[] {
		return [...this.positionalNames, ...(this.varargs ? [this.varargs] : []), ...this.keywordOnlyNames, ...(this.kwargs ? [this.kwargs] : [])];
	}

	/** Binds a call's arguments into `frame`, raising CPython's TypeErrors for mismatches. */
	bind(frame: Frame, fn: PyFunction, args: PyValue[], kwargs: Kwargs | null): void {
		const positionalCount = this.positionalNames.length;
		if (this.simple && args.length === positionalCount && (kwargs === null || kwargs.size === 0)) {
			const locals = frame.locals;
			for (let index = 0; index < positionalCount; index++) locals[index] = args[index]!;
			return;
		}
		const values: (PyValue | undefined)[] = new Array(this.slots.length);
		const name = fn.qualname;
		const given = Math.min(args.length, positionalCount);
		for (let index = 0; index < given; index++) values[index] = args[index]!;
		let slot = positionalCount;
		if (this.varargs) values[slot++] = new PyTuple(args.slice(positionalCount));
		else if (args.length > positionalCount) {
			const required = positionalCount - fn.defaults.length;
			const expected = fn.defaults.length > 0 ? `from ${required} to ${positionalCount}` : `${positionalCount}`;
			const plural = positionalCount === 1 && fn.defaults.length === 0 ? 'argument' : 'arguments';
			raise(typeError, `${name}() takes ${expected} positional ${plural} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
		}
		const keywordStart = slot;
		let extra: PyDict | null = null;
		if (this.kwargs) extra = new PyDict();
		if (kwargs) {
			for (const [key, value] of kwargs) {
				const positionalIndex = this.positionalNames.indexOf(key);
				if (positionalIndex >= this.positionalOnlyCount) {
					if (values[positionalIndex] !== undefined) raise(typeError, `${name}() got multiple values for argument '${key}'`);
					values[positionalIndex] = value;
					continue;
				}
				const keywordIndex = this.keywordOnlyNames.indexOf(key);
				if (keywordIndex >= 0) {
					values[keywordStart + keywordIndex] = value;
					continue;
				}
				if (extra) extra.map.set(key, {key, value});
				else if (positionalIndex >= 0) raise(typeError, `${name}() got some positional-only arguments passed as keyword arguments: '${key}'`);
				else raise(typeError, `${name}() got an unexpected keyword argument '${key}'`);
			}
		}
		const missing: string[] = [];
		const defaultOffset = positionalCount - fn.defaults.length;
		for (let index = 0; index < positionalCount; index++) {
			if (values[index] !== undefined) continue;
			if (index >= defaultOffset) values[index] = fn.defaults[index - defaultOffset]!;
			else missing.push(this.positionalNames[index]!);
		}
		if (missing.length > 0) raise(typeError, `${name}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${listNames(missing)}`);
		const missingKeywords: string[] = [];
		this.keywordOnlyNames.forEach((key, index) => {
			if (values[keywordStart + index] !== undefined) return;
			const fallback = fn.kwDefaults.get(key);
			if (fallback !== undefined) values[keywordStart + index] = fallback;
			else missingKeywords.push(key);
		});
		if (missingKeywords.length > 0) raise(typeError, `${name}() missing ${missingKeywords.length} required keyword-only argument${missingKeywords.length > 1 ? 's' : ''}: ${listNames(missingKeywords)}`);
		if (extra) values[this.slots.length - 1] = extra;
		this.slots.forEach((location, index) => {
			const value = values[index]!;
			if (location.kind === 'fast') frame.locals[location.index] = value;
			else if (location.kind === 'cell') frame.cells[location.index]!.value = value;
		});
	}
}

function listNames(names: string[]): string {
	const quoted = names.map(name => `'${name}'`);
	if (quoted.length === 1) return quoted[0]!;
	if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
	return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}
