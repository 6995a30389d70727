import type {ImportFromStmt, ImportStmt} from '../parse/ast.js';
import {importError} from '../runtime/exception-types.js';
import {PyModule} from '../runtime/py-instance.js';
import type {PyValue} from '../runtime/py-object.js';
import {raise} from '../runtime/raise.js';
import type {CompileScope} from './compile-scope.js';
import {compileStore} from './compile-targets.js';
import type {Frame} from './frame.js';
import type {Interpreter} from './interpreter.js';
import {NotAvailable} from './not-available.js';
import {resolveModule} from '../modules/install-modules.js';

/** Finds a simulated module (`interp.modules` holds the ones loopstep provides). */
export function importModule(interp: Interpreter, name: string, line: number): PyModule {
	const module = interp.modules.get(name) ?? interp.modules.get(name.split('.')[0]!);
	if (!(module instanceof PyModule)) throw new NotAvailable(`line ${line}: import of '${name}' is not available in loopstep (it simulates asyncio, time, random, math, dataclasses, collections, functools, sys, typing, itertools)`, line);
	if (name.includes('.')) {
		const sub = interp.modules.get(name);
		if (sub instanceof PyModule) return resolveModule(sub);
		throw new NotAvailable(`line ${line}: import of '${name}' is not available in loopstep`, line);
	}
	return resolveModule(module);
}

export function compileImport(statement: ImportStmt | ImportFromStmt, scope: CompileScope): (f: Frame) => void {
	const interp = scope.interp;
	const line = statement.line;
	if (statement.kind === 'import') {
		const bindings = statement.names.map(name => ({
			module: name.module,
			store: compileStore({kind: 'name', id: name.asname ?? name.module.split('.')[0]!, line, col: statement.col}, scope),
			bindTop: name.asname === null && name.module.includes('.'),
		}));
		return f => {
			for (const binding of bindings) {
				const module = importModule(interp, binding.module, line);
				binding.store(f, binding.bindTop ? importModule(interp, binding.module.split('.')[0]!, line) : module);
			}
		};
	}
	if (statement.names.length === 1 && statement.names[0]!.name === '*') {
		return f => {
			const module = importModule(interp, statement.module, line);
			for (const [key, value] of module.dict) if (!key.startsWith('_')) f.globals.set(key, value);
		};
	}
	const bindings = statement.names.map(name => ({
		name: name.name,
		store: compileStore({kind: 'name', id: name.asname ?? name.name, line, col: statement.col}, scope),
	}));
	return f => {
		const module = importModule(interp, statement.module, line);
		for (const binding of bindings) {
			const value: PyValue | undefined = module.dict.get(binding.name) ?? interp.modules.get(`${statement.module}.${binding.name}`);
			if (value === undefined) raise(importError, `cannot import name '${binding.name}' from '${statement.module}' (unknown location)`);
			binding.store(f, value);
		}
	};
}
