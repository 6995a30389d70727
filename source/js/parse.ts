import type {Parser, Program} from 'acorn';
import {SourceError} from '../plan/index.js';
import {NestingTooDeep, nestingGuardedParser} from './nesting-guard.js';
import {maxNestingDepth} from './runtime/host-stack.js';

let guardedParser: typeof Parser | undefined;

/** Parses a program as Node would load it: as an ES module or as a CommonJS script. */
export function parseProgram(source: string, isModule: boolean): Program {
	guardedParser ??= nestingGuardedParser(maxNestingDepth());
	try {
		return guardedParser.parse(source, {
			ecmaVersion: 'latest',
			sourceType: isModule ? 'module' : 'script',
			locations: true,
			allowHashBang: true,
			allowReturnOutsideFunction: !isModule,
		});
	} catch (error) {
		if (error instanceof NestingTooDeep) {
			throw new SourceError('UnsupportedError', error.message, error.line, error.column + 1);
		}
		const syntax = error as SyntaxError & {loc?: {line: number; column: number}};
		if (!syntax.loc) throw error;
		const message = syntax.message.replace(/\s*\(\d+:\d+\)$/, '');
		throw new SourceError('SyntaxError', message, syntax.loc.line, syntax.loc.column + 1);
	}
}
