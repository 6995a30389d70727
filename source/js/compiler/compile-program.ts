import type {ImportDeclaration, Program, Statement} from 'acorn';
import {SourceError} from '../../plan/index.js';
import type {Completion} from '../runtime/completion.js';
import type {Environment} from '../runtime/environment.js';
import type {SuspendableBody} from '../runtime/suspension.js';
import {uninitialized, type Value} from '../values/value.js';
import {get} from '../values/object-operations.js';
import type {JSObject} from '../values/js-object.js';
import {compileStatementList, compileSuspendableStatementList, hoistedFunctions} from '../statements/statement-list.js';
import type {Compiler} from './compiler.js';
import {lexicalDeclarations, varDeclaredNames} from './declarations.js';
import {functionObjectName, newTargetName, thisName} from './scope.js';
import {isSimulatedModule} from '../builtins/modules/simulated-modules.js';

/** The compiled top level: plain for scripts, suspendable for modules with top-level await. */
export interface CompiledProgram {
	readonly envSize: number;
	/** Fills a fresh top-level environment: `this`, TDZ slots, imports, hoisted functions. */
	readonly initialize: (env: Environment, thisValue: Value, importModule: (specifier: string) => JSObject) => void;
	readonly body: ((env: Environment) => Completion) | undefined;
	readonly suspendableBody: ((env: Environment) => SuspendableBody<Completion>) | undefined;
}

/** ScriptEvaluation / the CommonJS wrapper function / a module's body (§16.1.6, §16.2.1.6.4). */
export function compileProgram(c: Compiler, program: Program): CompiledProgram {
	const scope = c.scope;
	scope.declare(thisName, 'internal');
	scope.declare(newTargetName, 'internal');
	scope.declare(functionObjectName, 'internal');
	const statements = program.body as Statement[];
	const imports = program.body.filter((node): node is ImportDeclaration => node.type === 'ImportDeclaration');
	const importBindings: {slot: number; source: string; imported: string | undefined}[] = [];
	for (const declaration of imports) {
		const source = String(declaration.source.value);
		if (!isSimulatedModule(source)) {
			throw new SourceError('UnsupportedError', `the module "${source}" is not available in loopstep`, declaration.loc!.start.line, declaration.loc!.start.column + 1);
		}
		for (const specifier of declaration.specifiers) {
			const slot = scope.declare(specifier.local.name, 'const');
			const imported =
				specifier.type === 'ImportSpecifier' ? (specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value)) : specifier.type === 'ImportDefaultSpecifier' ? 'default' : undefined;
			importBindings.push({slot, source, imported});
		}
	}
	for (const name of varDeclaredNames(statements)) scope.declare(name, 'var');
	const lexical = lexicalDeclarations(statements);
	for (const declaration of lexical.functions) scope.declare(declaration.id!.name, 'function');
	for (const name of lexical.lets) scope.declare(name, 'let');
	for (const name of lexical.consts) scope.declare(name, 'const');
	for (const name of lexical.classes) scope.declare(name, 'class');
	const hoisted = hoistedFunctions(c, lexical.functions);
	const tdz = scope.lexicalSlots();
	const suspendable = c.suspends(program);
	const body = suspendable ? undefined : compileStatementList(c, statements);
	const suspendableBody = suspendable ? compileSuspendableStatementList(c, statements) : undefined;
	return {
		envSize: scope.size,
		initialize(env, thisValue, importModule) {
			env.vars[0] = thisValue;
			for (const slot of tdz) env.vars[slot] = uninitialized;
			for (const binding of importBindings) {
				const namespace = importModule(binding.source);
				env.vars[binding.slot] = binding.imported === undefined ? namespace : get(namespace, binding.imported);
			}
			for (const hoist of hoisted) hoist(env);
		},
		body,
		suspendableBody,
	};
}

