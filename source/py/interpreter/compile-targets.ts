import type {Expr, Located} from '../parse/ast.js';
import {delAttr, setAttr} from '../runtime/attributes.js';
import {typeError, valueError} from '../runtime/exception-types.js';
import {getIterator} from '../runtime/iteration.js';
import {PyList, PyTuple} from '../runtime/py-containers.js';
import {PyFloat, type PyValue} from '../runtime/py-object.js';
import {newException, raise} from '../runtime/raise.js';
import {delItem, setItem} from '../runtime/subscript.js';
import {typeOf} from '../runtime/type-of.js';
import {compileExpr, undefinedName, unboundLocal} from './compile-expression.js';
import {compileError, locate, type CompileScope} from './compile-scope.js';
import type {Frame} from './frame.js';
import {markSpan} from './function-code.js';

export type Store = (f: Frame, value: PyValue) => void;

/** Assignment to a target: a name, `obj.attr`, `obj[key]`, or an unpacking pattern. */
export function compileStore(target: Expr, scope: CompileScope): Store {
	switch (target.kind) {
		case 'name': {
			const location = locate(scope, target.id);
			const name = target.id;
			switch (location.kind) {
				case 'fast': {
					const index = location.index;
					return (f, value) => {
						f.locals[index] = value;
					};
				}
				case 'cell': {
					const index = location.index;
					return (f, value) => {
						f.cells[index]!.value = value;
					};
				}
				case 'global':
					return (f, value) => {
						f.globals.set(name, value);
					};
				case 'classBody':
					return (f, value) => {
						f.namespace!.set(name, value);
					};
			}
			break;
		}
		case 'attribute': {
			const object = compileExpr(target.object, scope);
			const name = target.name;
			return (f, value) => setAttr(object(f), name, value);
		}
		case 'subscript': {
			const object = compileExpr(target.object, scope);
			const index = compileExpr(target.index, scope);
			return (f, value) => setItem(object(f), index(f), value);
		}
		case 'tuple':
		case 'list':
			return compileUnpack(target.elts, scope, target);
		case 'starred':
			return compileError(target, 'starred assignment target must be in a list or tuple');
		default:
			return compileError(target, `cannot assign to ${describeTarget(target)}`);
	}
}

function describeTarget(target: Expr): string {
	switch (target.kind) {
		case 'call':
			return 'function call';
		case 'const':
			return 'literal';
		default:
			return 'expression';
	}
}

function compileUnpack(elements: readonly Expr[], scope: CompileScope, pattern: Located): Store {
	const starIndex = elements.findIndex(element => element.kind === 'starred');
	const stores = elements.map(element => compileStore(element.kind === 'starred' ? element.value : element, scope));
	const count = elements.length;
	return (f, value) => {
		let items: readonly PyValue[];
		if (value instanceof PyTuple || value instanceof PyList) items = value.items;
		else {
			if (typeof value === 'number' || typeof value === 'boolean' || value === null || typeof value === 'bigint' || value instanceof PyFloat) {
				throw markSpan(newException(typeError, `cannot unpack non-iterable ${typeOf(value).name} object`), f, pattern);
			}
			const iterator = getIterator(value);
			const collected: PyValue[] = [];
			for (let item = iterator.nextValue(); item !== undefined; item = iterator.nextValue()) {
				collected.push(item);
				if (starIndex < 0 && collected.length > count) break;
			}
			items = collected;
		}
		if (starIndex < 0) {
			if (items.length > count) throw markSpan(newException(valueError, `too many values to unpack (expected ${count})`), f, pattern);
			if (items.length < count) throw markSpan(newException(valueError, `not enough values to unpack (expected ${count}, got ${items.length})`), f, pattern);
			for (let index = 0; index < count; index++) stores[index]!(f, items[index]!);
			return;
		}
		const after = count - starIndex - 1;
		if (items.length < count - 1) throw markSpan(newException(valueError, `not enough values to unpack (expected at least ${count - 1}, got ${items.length})`), f, pattern);
		for (let index = 0; index < starIndex; index++) stores[index]!(f, items[index]!);
		stores[starIndex]!(f, new PyList(items.slice(starIndex, items.length - after)));
		for (let index = 0; index < after; index++) stores[starIndex + 1 + index]!(f, items[items.length - after + index]!);
	};
}

/** `del target`. */
export function compileDelete(target: Expr, scope: CompileScope): (f: Frame) => void {
	switch (target.kind) {
		case 'name': {
			const location = locate(scope, target.id);
			const name = target.id;
			switch (location.kind) {
				case 'fast': {
					const index = location.index;
					return f => {
						if (f.locals[index] === undefined) unboundLocal(name);
						f.locals[index] = undefined;
					};
				}
				case 'cell': {
					const index = location.index;
					return f => {
						f.cells[index]!.value = undefined;
					};
				}
				case 'global':
					return f => {
						if (!f.globals.delete(name)) undefinedName(name);
					};
				case 'classBody':
					return f => {
						if (!f.namespace!.delete(name)) undefinedName(name);
					};
			}
			break;
		}
		case 'attribute': {
			const object = compileExpr(target.object, scope);
			const name = target.name;
			return f => delAttr(object(f), name);
		}
		case 'subscript': {
			const object = compileExpr(target.object, scope);
			const index = compileExpr(target.index, scope);
			return f => delItem(object(f), index(f));
		}
		case 'tuple':
		case 'list': {
			const parts = target.elts.map(element => compileDelete(element, scope));
			return f => parts.forEach(part => part(f));
		}
		default:
			return compileError(target, 'cannot delete expression');
	}
}
