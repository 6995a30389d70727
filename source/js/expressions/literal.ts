import type {Literal} from 'acorn';
import type {Compiler} from '../compiler/compiler.js';
import type {Evaluator} from '../compiler/compiled.js';
import {createRegExp} from '../builtins/regexp.js';

/** Literals (§13.2.3) and RegularExpressionLiteral (§13.2.7.3, a new object per evaluation). */
export function compileLiteral(_c: Compiler, node: Literal): Evaluator {
	if ('regex' in node && node.regex) {
		const {pattern, flags} = node.regex;
		return () => createRegExp(pattern, flags);
	}
	if ('bigint' in node && typeof node.bigint === 'string') {
		const value = BigInt(node.bigint);
		return () => value;
	}
	const value = node.value as string | number | boolean | null;
	return () => value;
}
