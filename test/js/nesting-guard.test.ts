import {describe, expect, it} from 'vitest';
import {SourceError} from '../../source/plan/index.js';
import {maxNestingDepth} from '../../source/js/runtime/host-stack.js';
import {simulate} from './run-program.js';

const deeplyNested: Record<string, (depth: number) => string> = {
	'template literals': depth => `console.log(${'`${'.repeat(depth)}1${'}`'.repeat(depth)})`,
	'arrays': depth => `console.log(${'['.repeat(depth)}${']'.repeat(depth)})`,
	'parentheses': depth => `console.log(${'('.repeat(depth)}1${')'.repeat(depth)})`,
	'blocks': depth => `${'{'.repeat(depth)}console.log(1)${'}'.repeat(depth)}`,
	'functions': depth => `${'function f() {'.repeat(depth)}${'}'.repeat(depth)}\nconsole.log(1)`,
	'object literals': depth => `const o = ${'{a:'.repeat(depth)}1${'}'.repeat(depth)};\nconsole.log(typeof o)`,
	'arrow functions': depth => `const f = ${'() => '.repeat(depth)}1;\nconsole.log(typeof f)`,
	'else-if arms': depth => `let x = 0;\n${Array.from({length: depth}, (_, index) => `if (x === ${index}) x = 1;`).join(' else ')}\nconsole.log(x)`,
	'binary operators': depth => `console.log(${Array.from({length: depth}, () => '1').join(' + ')})`,
};

function loadError(source: string): unknown {
	try {
		simulate(source);
		return undefined;
	} catch (error) {
		return error;
	}
}

describe('deeply nested programs', () => {
	for (const [kind, program] of Object.entries(deeplyNested)) {
		it(`refuses 10,000 nested ${kind} with a SourceError where the nesting goes too deep`, () => {
			const error = loadError(program(10_000));
			expect(error).toBeInstanceOf(SourceError);
			expect((error as SourceError).message).toMatch(/^nested too deeply/);
			expect((error as SourceError).line).toBeGreaterThanOrEqual(1);
			expect((error as SourceError).column).toBeGreaterThan(1);
		});

		it(`runs ${kind} nested a quarter of the limit deep`, () => {
			expect(simulate(program(Math.floor(maxNestingDepth() / 4))).outcome.exitCode).toBe(0);
		});
	}
});
