import {Parser} from 'acorn';
import {formatCount} from '../plan/index.js';

/** Thrown by the guarded parser where the program nests deeper than loopstep can simulate. */
export class NestingTooDeep extends Error {
	constructor(
		readonly limit: number,
		/** 1-based. */
		readonly line: number,
		/** 0-based, as acorn counts. */
		readonly column: number,
	) {
		super(`nested too deeply: loopstep parses at most ${formatCount(limit)} nested statements, or half as many nested brackets`);
		this.name = 'NestingTooDeep';
	}
}

interface ParserState {
	nesting: number;
	readonly start: number;
	readonly startLoc: {readonly line: number; readonly column: number};
}

type ParserMethod = (this: ParserState, a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown) => unknown;

/**
 * acorn's recursive-descent methods through which every kind of nesting passes: statements (blocks,
 * else-if chains, function bodies), assignment expressions (brackets, arguments, template
 * substitutions, arrow bodies), unary operands and binary operator chains.
 */
const recursiveMethods = ['parseStatement', 'parseMaybeAssign', 'parseMaybeUnary', 'parseExprOp'] as const;

/**
 * An acorn parser that refuses nesting deeper than `limit` before the host stack runs out. It must
 * never get near the end of the stack: acorn turns an overflow into "Not enough stack space" by
 * testing the message with a regular expression, and V8 aborts the whole process (FATAL ERROR:
 * RegExpCompiler Allocation failed) when it has to compile that expression with the stack nearly full.
 */
export function nestingGuardedParser(limit: number): typeof Parser {
	class NestingGuardedParser extends Parser {
		nesting = 0;
	}
	const base = Parser.prototype as unknown as Record<string, ParserMethod>;
	const guarded = NestingGuardedParser.prototype as unknown as Record<string, ParserMethod>;
	for (const name of recursiveMethods) {
		const original = base[name]!;
		guarded[name] = function (this: ParserState, a, b, c, d, e) {
			if (++this.nesting > limit) throw new NestingTooDeep(limit, this.startLoc.line, this.startLoc.column);
			try {
				return original.call(this, a, b, c, d, e);
			} finally {
				this.nesting--;
			}
		};
	}
	return NestingGuardedParser;
}
