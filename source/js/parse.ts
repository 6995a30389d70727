import {parse as acornParse, type Program} from 'acorn';
import {SourceError} from '../plan/index.js';

/** Parses a program as Node would load it: as an ES module or as a CommonJS script. */
export function parseProgram(source: string, isModule: boolean): Program {
	try {
		return acornParse(source, {
			ecmaVersion: 'latest',
			sourceType: isModule ? 'module' : 'script',
			locations: true,
			allowHashBang: true,
			allowReturnOutsideFunction: !isModule,
		});
	} catch (error) {
		const syntax = error as SyntaxError & {loc?: {line: number; column: number}};
		if (!syntax.loc) throw error;
		const message = syntax.message.replace(/\s*\(\d+:\d+\)$/, '');
		throw new SourceError('SyntaxError', message, syntax.loc.line, syntax.loc.column + 1);
	}
}
