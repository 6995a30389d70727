import type {ComprehensionExpr} from '../parse/ast.js';
import {dictSet, setAdd} from '../runtime/dict-ops.js';
import {getIterator, type PyIteratorObject} from '../runtime/iteration.js';
import {PyFunction, type FunctionCode} from '../runtime/py-callables.js';
import {PyDict, PyList, PySet} from '../runtime/py-containers.js';
import {Cell, type PyValue} from '../runtime/py-object.js';
import {typeError} from '../runtime/exception-types.js';
import {raise} from '../runtime/raise.js';
import {truthy} from '../runtime/truthiness.js';
import {compileExpr, type Eval} from './compile-expression.js';
import {compileError, type CompileScope} from './compile-scope.js';
import {compileStore, type Store} from './compile-targets.js';
import {Frame} from './frame.js';
import {PyGenerator, type BodyGenerator} from './generators.js';
import {annotate} from './function-code.js';

const names = {list: '<listcomp>', set: '<setcomp>', dict: '<dictcomp>', generator: '<genexpr>'} as const;

interface Loop {
	readonly iter: Eval | null;
	readonly store: Store;
	readonly conditions: readonly Eval[];
}

/** A code object for frames that have no `def` (generator expressions), for names and lines. */
export function syntheticFunction(name: string, qualname: string, line: number, globals: Map<string, PyValue>): PyFunction {
	const code: FunctionCode = {
		name,
		line,
		kind: 'generator',
		parameterNames: [],
		invoke: () => raise(typeError, `${name} cannot be called`),
	};
	return new PyFunction(code, globals, [], new Map(), [], qualname);
}

/**
 * A comprehension runs in a scope of its own (a hidden function in CPython): the first iterable is
 * evaluated outside, everything else inside.
 */
export function compileComprehension(expr: ComprehensionExpr, outer: CompileScope): Eval {
	const scope = expr.scope!;
	if (expr.generators.some(generator => generator.isAsync)) return compileError(expr, 'asynchronous comprehension outside of an asynchronous function');
	const name = names[expr.type];
	const inner: CompileScope = {interp: outer.interp, scope, name, qualname: `${outer.qualname}${name}.<locals>.`, isAsync: false, suspendable: false, firstParameter: undefined};
	const firstIter = compileExpr(expr.generators[0]!.iter, outer);
	const loops: Loop[] = expr.generators.map((generator, index) => ({
		iter: index === 0 ? null : compileExpr(generator.iter, inner),
		store: compileStore(generator.target, inner),
		conditions: generator.ifs.map(condition => compileExpr(condition, inner)),
	}));
	const element = compileExpr(expr.elt, inner);
	const value = expr.value ? compileExpr(expr.value, inner) : null;
	const qualname = `${outer.qualname}${name}`;
	const makeFrame = comprehensionFrame(expr, outer);
	if (expr.type === 'generator') {
		return f => {
			const iterator = getIterator(firstIter(f));
			const frame = makeFrame(f);
			return new PyGenerator(outer.interp, frame, generatorBody(loops, element, frame, iterator), syntheticFunction(name, qualname, expr.line, f.globals));
		};
	}
	const kind = expr.type;
	return f => {
		const iterator = getIterator(firstIter(f));
		const frame = makeFrame(f);
		const result = kind === 'list' ? new PyList([]) : kind === 'set' ? new PySet(false) : new PyDict();
		const emit =
			result instanceof PyList
				? () => {
						result.items.push(element(frame));
					}
				: result instanceof PySet
					? () => setAdd(result, element(frame))
					: () => {
							const key = element(frame);
							dictSet(result, key, value!(frame));
						};
		try {
			runLoops(loops, 0, iterator, frame, emit);
		} catch (error) {
			throw annotate(error, frame);
		}
		return result;
	};
}

/** Makes the hidden function frame a comprehension runs in, with its closure. */
export function comprehensionFrame(expr: ComprehensionExpr, outer: CompileScope): (f: Frame) => Frame {
	const scope = expr.scope!;
	const name = names[expr.type];
	const parentCells = outer.scope.cellIndex;
	const closureIndexes = scope.freeNames.map(free => parentCells.get(free)!);
	const cellCount = scope.cellNames.length;
	const localCount = scope.locals.length;
	return f => {
		const cells: Cell[] = [];
		for (let index = 0; index < cellCount; index++) cells.push(new Cell(undefined));
		for (const index of closureIndexes) cells.push(f.cells[index]!);
		const frame = new Frame(name, new Array(localCount), cells, f.globals, null, null);
		frame.line = expr.line;
		return frame;
	};
}

function runLoops(loops: readonly Loop[], depth: number, iterator: PyIteratorObject, frame: Frame, emit: () => void): void {
	const loop = loops[depth]!;
	const last = depth === loops.length - 1;
	for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) {
		loop.store(frame, item);
		if (!loop.conditions.every(condition => truthy(condition(frame)))) continue;
		if (last) emit();
		else runLoops(loops, depth + 1, getIterator(loops[depth + 1]!.iter!(frame)), frame, emit);
	}
}

function* generatorBody(loops: readonly Loop[], element: Eval, frame: Frame, iterator: PyIteratorObject): BodyGenerator {
	yield* generatorLoops(loops, 0, iterator, frame, element);
	return 0;
}

function* generatorLoops(loops: readonly Loop[], depth: number, iterator: PyIteratorObject, frame: Frame, element: Eval): Generator<PyValue, void, PyValue> {
	const loop = loops[depth]!;
	const last = depth === loops.length - 1;
	for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) {
		loop.store(frame, item);
		if (!loop.conditions.every(condition => truthy(condition(frame)))) continue;
		if (last) yield element(frame);
		else yield* generatorLoops(loops, depth + 1, getIterator(loops[depth + 1]!.iter!(frame)), frame, element);
	}
}

