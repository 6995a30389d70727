import type {ForInStatement, ForOfStatement, Pattern, VariableDeclaration} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Binder, Executor, SuspendableExecutor} from '../compiler/compiled.js';
import {compilePatternBinder} from '../compiler/compile-pattern.js';
import {boundNames} from '../compiler/declarations.js';
import {Scope} from '../compiler/scope.js';
import {breaksHere, loopContinues, type Completion} from '../runtime/completion.js';
import {Environment} from '../runtime/environment.js';
import {throwTypeError} from '../runtime/errors.js';
import {Suspension} from '../runtime/suspension.js';
import {createIterResult} from '../runtime/generator-driver.js';
import {asyncFromSyncIteratorContinuation} from '../values/promise/async-from-sync-iterator.js';
import {ThrowCompletion} from '../runtime/throw-completion.js';
import {JSObject} from '../values/js-object.js';
import {enumerable} from '../values/property.js';
import {getIterator, iterationDone, iteratesAsArray, iteratorClose, iteratorCloseOnThrow, iteratorNext, iteratorStepValue} from '../values/iterator-operations.js';
import {call, get, getMethod} from '../values/object-operations.js';
import {toBoolean, toObject} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {iterationStep} from './loop-step.js';

interface Head {
	readonly scope: Scope | undefined;
	readonly bind: Binder;
	readonly labels: string[];
	readonly step: () => void;
}

/** ForIn/OfHeadEvaluation and ForIn/OfBodyEvaluation (§14.7.5.6–7): the binding side. */
function compileHead(c: Compiler, node: ForInStatement | ForOfStatement, compileBody: () => void): Head {
	const labels = c.takeLabels();
	const kind = node.type === 'ForInStatement' ? 'for...in' : 'for...of';
	const step = iterationStep(c, node.left, `The ${kind} loop takes the next ${node.type === 'ForInStatement' ? 'key' : 'value'}.`);
	const left = node.left;
	if (left.type === 'VariableDeclaration' && (left as VariableDeclaration).kind !== 'var') {
		const declaration = left as VariableDeclaration;
		const scope = new Scope(c.scope, false);
		for (const name of boundNames(declaration.declarations[0]!.id)) scope.declare(name, declaration.kind === 'const' ? 'const' : 'let');
		const bind = c.inScope(scope, () => {
			const binder = compilePatternBinder(c, declaration.declarations[0]!.id, 'init');
			compileBody();
			return binder;
		});
		return {scope, bind, labels, step};
	}
	const bind =
		left.type === 'VariableDeclaration'
			? compilePatternBinder(c, (left as VariableDeclaration).declarations[0]!.id, 'init')
			: compilePatternBinder(c, left as Pattern, 'assign');
	compileBody();
	return {scope: undefined, bind, labels, step};
}

function iterationEnvironment(scope: Scope | undefined, env: Environment): Environment {
	return scope ? new Environment(new Array(scope.size), env) : env;
}

/** EnumerateObjectProperties (§14.7.5.9): own then inherited enumerable string keys, each once. */
function enumerateKeys(value: Value): string[] {
	if (value === undefined || value === null) return [];
	const keys: string[] = [];
	const seen = new Set<string>();
	for (let object: JSObject | null = toObject(value); object !== null; object = object.proto) {
		for (const key of object.ownKeys()) {
			if (typeof key !== 'string' || seen.has(key)) continue;
			seen.add(key);
			const property = object.getOwn(key);
			if (property && property.flags & enumerable) keys.push(key);
		}
	}
	return keys;
}

export function compileForInOfStatement(c: Compiler, node: ForInStatement | ForOfStatement): Executor {
	const right = c.expression(node.right);
	let body!: Executor;
	const {scope, bind, labels, step} = compileHead(c, node, () => {
		body = c.statement(node.body);
	});
	const runBody = (env: Environment, value: Value): Completion => {
		const iterationEnv = iterationEnvironment(scope, env);
		bind(iterationEnv, value);
		return body(iterationEnv);
	};
	if (node.type === 'ForInStatement') {
		return env => {
			for (const key of enumerateKeys(right(env))) {
				step();
				const completion = runBody(env, key);
				if (completion !== undefined) {
					if (breaksHere(completion, labels)) return undefined;
					if (!loopContinues(completion, labels)) return completion;
				}
			}
			return undefined;
		};
	}
	return env => {
		const iterable = right(env);
		if (iteratesAsArray(iterable)) {
			const items = iterable.items;
			for (let i = 0; i < items.length; i++) {
				step();
				const completion = runBody(env, items[i]);
				if (completion !== undefined) {
					if (breaksHere(completion, labels)) return undefined;
					if (!loopContinues(completion, labels)) return completion;
				}
			}
			return undefined;
		}
		const record = getIterator(iterable);
		for (;;) {
			step();
			const value = iteratorStepValue(record);
			if (value === iterationDone) return undefined;
			let completion: Completion;
			try {
				completion = runBody(env, value);
			} catch (error) {
				if (error instanceof ThrowCompletion) iteratorCloseOnThrow(record);
				throw error;
			}
			if (completion !== undefined && !loopContinues(completion, labels)) {
				iteratorClose(record);
				return breaksHere(completion, labels) ? undefined : completion;
			}
		}
	};
}

export function compileSuspendableForInOfStatement(c: Compiler, node: ForInStatement | ForOfStatement): SuspendableExecutor {
	const right = c.suspendableExpression(node.right);
	let body!: SuspendableExecutor;
	const {scope, bind, labels, step} = compileHead(c, node, () => {
		body = c.suspendableStatement(node.body);
	});
	const isAwait = node.type === 'ForOfStatement' && node.await;
	const line = c.line(node);
	function* runBody(env: Environment, value: Value): Generator<Suspension, Completion, Value> {
		const iterationEnv = iterationEnvironment(scope, env);
		bind(iterationEnv, value);
		return yield* body(iterationEnv);
	}
	if (node.type === 'ForInStatement') {
		return function* (env) {
			for (const key of enumerateKeys(yield* right(env))) {
				step();
				const completion = yield* runBody(env, key);
				if (completion !== undefined) {
					if (breaksHere(completion, labels)) return undefined;
					if (!loopContinues(completion, labels)) return completion;
				}
			}
			return undefined;
		};
	}
	return function* (env) {
		const iterable = yield* right(env);
		const asyncMethod = isAwait && iterable !== undefined && iterable !== null ? getMethod(iterable, Symbol.asyncIterator) : undefined;
		const record = asyncMethod ? asyncIteratorRecord(iterable, asyncMethod) : getIterator(iterable);
		// `for await` over a sync iterable goes through CreateAsyncFromSyncIterator (§27.1.4.1), which awaits each value.
		const fromSync = isAwait && !asyncMethod;
		for (;;) {
			step();
			let value: Value;
			if (isAwait) {
				const nextResult = iteratorNext(record);
				const result = yield new Suspension('await', fromSync ? asyncFromSyncIteratorContinuation(nextResult) : nextResult, line);
				if (!(result instanceof JSObject)) throwTypeError(`Iterator result ${String(result)} is not an object`);
				if (toBoolean(get(result, 'done'))) return undefined;
				value = get(result, 'value');
			} else {
				const next = iteratorStepValue(record);
				if (next === iterationDone) return undefined;
				value = next;
			}
			let completion: Completion;
			try {
				completion = yield* runBody(env, value);
			} catch (error) {
				if (error instanceof ThrowCompletion) {
					if (isAwait) yield* asyncIteratorClose(record.iterator, fromSync, line, true);
					else iteratorCloseOnThrow(record);
				}
				throw error;
			}
			if (completion !== undefined && !loopContinues(completion, labels)) {
				if (isAwait) yield* asyncIteratorClose(record.iterator, fromSync, line, false);
				else iteratorClose(record);
				return breaksHere(completion, labels) ? undefined : completion;
			}
		}
	};
}

/**
 * AsyncIteratorClose (§7.4.13): calls `return` and awaits what it gives, also when leaving by a
 * throw, whose error then wins over any from `return`. For a sync iterator this is
 * %AsyncFromSyncIteratorPrototype%.return (§27.1.4.2.2).
 */
function* asyncIteratorClose(iterator: JSObject, fromSync: boolean, line: number, throwing: boolean): Generator<Suspension, void, Value> {
	try {
		const returnMethod = getMethod(iterator, 'return');
		let innerResult: Value;
		if (fromSync) innerResult = returnMethod ? asyncFromSyncIteratorContinuation(call(returnMethod, iterator, [])) : createIterResult(undefined, true);
		else if (returnMethod) innerResult = call(returnMethod, iterator, []);
		else return;
		const awaited = yield new Suspension('await', innerResult, line);
		if (!(awaited instanceof JSObject)) throwTypeError(`Iterator result ${String(awaited)} is not an object`);
	} catch (error) {
		if (!throwing || !(error instanceof ThrowCompletion)) throw error;
	}
}

function asyncIteratorRecord(iterable: Value, method: ReturnType<typeof getMethod> & object) {
	const iterator = call(method, iterable, []);
	if (!(iterator instanceof JSObject)) throwTypeError('Result of the Symbol.asyncIterator method is not an object');
	return {iterator, nextMethod: get(iterator, 'next'), done: false};
}
