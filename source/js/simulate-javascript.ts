import type {Node, Program} from 'acorn';
import {Recorder, SourceError, type Outcome, type Plan, type ProgramInput, type SimulateOptions} from '../plan/index.js';
import {installBuiltins, createRealmShell} from './builtins/create-realm.js';
import {installModules} from './builtins/modules/install-modules.js';
import {isSimulatedModule} from './builtins/modules/simulated-modules.js';
import {installProcess} from './builtins/process.js';
import {compileProgram} from './compiler/compile-program.js';
import {Compiler} from './compiler/compiler.js';
import {findSuspendingNodes} from './compiler/suspension-analysis.js';
import {NodeLoop} from './host/node-loop.js';
import {parseProgram} from './parse.js';
import {Agent, setSurroundingAgent} from './runtime/agent.js';
import {startAsyncFunction} from './runtime/async-function-driver.js';
import {Environment} from './runtime/environment.js';
import type {FunctionCode} from './runtime/function-code.js';
import {UserFunction} from './runtime/user-function.js';
import {JSPromise} from './values/promise/js-promise.js';
import {nodeQueues} from './host/node-queues.js';

/** `require('x')` with a literal name outside the simulated modules is refused before running. */
function rejectUnavailableRequires(program: Program): void {
	const visit = (node: Node): void => {
		if (node.type === 'CallExpression') {
			const call = node as Node & {callee: Node & {name?: string}; arguments: (Node & {value?: unknown})[]};
			const first = call.arguments[0];
			if (call.callee.type === 'Identifier' && call.callee.name === 'require' && first?.type === 'Literal' && typeof first.value === 'string' && !isSimulatedModule(first.value)) {
				throw new SourceError('UnsupportedError', `require('${first.value}') is not available in loopstep (only events, timers, timers/promises and util are simulated)`, first.loc!.start.line, first.loc!.start.column + 1);
			}
		}
		for (const key in node) {
			if (key === 'loc') continue;
			const child = (node as unknown as Record<string, unknown>)[key];
			if (Array.isArray(child)) for (const item of child) if (item && typeof item === 'object' && typeof item.type === 'string') visit(item as Node);
			if (child && typeof child === 'object' && typeof (child as {type?: unknown}).type === 'string') visit(child as Node);
		}
	};
	visit(program);
}

/** Runs a JavaScript program forward once under Node's event loop model and returns its plan. */
export function simulateJavaScript(input: ProgramInput, options: SimulateOptions): Plan {
	// The caller knows Node's package-scope rule (a `.js` file under `"type": "module"` is a module).
	const isModule = input.moduleType === undefined ? /\.mjs$/i.test(input.file) : input.moduleType === 'module';
	const program = parseProgram(input.source, isModule);
	rejectUnavailableRequires(program);
	const recorder = new Recorder({language: 'javascript', file: input.file, source: input.source, clockUnit: 'ms', queues: nodeQueues}, {maxSteps: options.maxSteps});
	const loop = new NodeLoop(recorder);
	const realm = createRealmShell();
	const agent = new Agent(realm, recorder, loop, input.file, input.source, isModule);
	setSurroundingAgent(agent);
	loop.agent = agent;
	installBuiltins(realm);
	loop.process = installProcess(realm.globalObject, input.file);
	const modules = installModules(realm.globalObject, input.file, isModule);
	const compiler = new Compiler(agent, input.source, recorder, findSuspendingNodes(program), isModule);
	const compiled = compileProgram(compiler, program);
	const mainName = isModule ? '(module)' : '(main script)';

	let outcome: Outcome;
	try {
		outcome = loop.run(() => {
			if (compiled.suspendableBody) {
				const code: FunctionCode = {
					name: mainName,
					label: mainName,
					line: 1,
					column: 1,
					endLine: program.loc!.end.line,
					sourceStart: 0,
					sourceEnd: 0,
					kind: 'normal',
					isAsync: true,
					isGenerator: false,
					strict: true,
					length: 0,
					envSize: compiled.envSize,
					instantiate: env => compiled.initialize(env, undefined, modules.importModule),
					body: undefined,
					suspendableBody: compiled.suspendableBody,
					callNarration: recorder.intern('The module body starts.'),
					returnNarration: recorder.intern('The module body ends.'),
				};
				const promise = startAsyncFunction(new UserFunction(null, code, null as unknown as Environment), undefined, []);
				if (promise instanceof JSPromise) modules.trackTopLevelAwait(promise);
				return;
			}
			const env = new Environment(new Array(compiled.envSize), null);
			recorder.pushFrame(mainName, 1);
			try {
				compiled.initialize(env, isModule ? undefined : modules.moduleExports, modules.importModule);
				compiled.body!(env);
				recorder.step('return', 0, 0, 'The main script has run to its end: the call stack is empty.');
			} finally {
				recorder.popFrame();
			}
		}, isModule);
	} catch (error) {
		if (error instanceof SourceError) throw error;
		if (error instanceof RangeError && /Invalid (string|array) length/.test(error.message)) {
			outcome = {exitCode: 1, stopped: {reason: 'memory', message: `the program built a value too large to simulate (in Node: RangeError: ${error.message})`}};
		} else {
			outcome = {exitCode: 1, stopped: {reason: 'internal', message: `loopstep could not simulate this program: ${error instanceof Error ? error.message : String(error)}`}};
		}
	}
	return recorder.finish(outcome, endNarration(outcome));
}

function endNarration(outcome: Outcome): string {
	if (outcome.stopped) return `The simulation stopped: ${outcome.stopped.message}.`;
	return `The process exits with code ${outcome.exitCode}.`;
}
