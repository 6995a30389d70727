import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {consoleLimitBytes, SourceError} from '../../source/plan/index.js';
import {hasPython, runCPython, runSimulated, simulate} from './run-python.js';

/** Issue 8's limits on the Python side: each ends in a documented stop or CPython's own error. */
describe('Python resource limits', () => {
	it('stops a flood of output at the console limit, the plan up to there steppable', () => {
		const plan = simulate("line = 'x' * 9999\nfor i in range(10000):\n    print(line)\n");
		expect(plan.outcome.stopped?.reason).toBe('console-limit');
		expect(plan.outcome.stopped?.message).toMatch(/more than 32 MB of output/);
		expect(plan.outcome.exitCode).toBe(1);
		const written = plan.output.reduce((sum, chunk) => sum + chunk.text.length, 0);
		expect(written).toBeLessThanOrEqual(consoleLimitBytes);
		expect(written).toBeGreaterThan(consoleLimitBytes - 10_000);
		expect(() => plan.stateAt(plan.length - 1)).not.toThrow();
	});

	const growth: Record<string, string> = {
		'a str doubling': "s = 'x'\nwhile True:\n    s += s\n",
		'a list doubling': 'items = [0]\nwhile True:\n    items = items + items\n',
		'a list repeated a billion times': 'items = [0] * 10**9\n',
		'bytes doubling': "b = b'x'\nwhile True:\n    b += b\n",
		'an int squared forever': 'n = 3\nwhile True:\n    n *= n\n',
		'a huge power': 'n = 7 ** 10**12\n',
		'a huge shift': 'n = 1 << 10**12\n',
		'a list built from a huge range': 'items = list(range(10**9))\n',
		'a padded format': "text = f'{1:>2000000000}'\n",
	};
	for (const [name, source] of Object.entries(growth)) {
		it(`stops ${name} at the memory cap with a message naming MemoryError`, () => {
			const started = performance.now();
			const plan = simulate(source);
			expect(plan.outcome.stopped?.reason).toBe('memory');
			expect(plan.outcome.stopped?.message).toMatch(/MemoryError/);
			expect(plan.outcome.exitCode).toBe(1);
			expect(() => plan.stateAt(plan.length - 1)).not.toThrow();
			expect(performance.now() - started).toBeLessThan(15_000);
		});
	}

	it('turns a host stack overflow into RecursionError but never a size limit', () => {
		const plan = simulate('def down(n):\n    return down(n + 1)\ndown(0)\n');
		expect(plan.outcome.stopped).toBeUndefined();
		expect(plan.output.map(chunk => chunk.text).join('')).toMatch(/RecursionError: maximum recursion depth exceeded/);
	});

	it('refuses a bracket nested inside 200 others as CPython does, at its line and column', () => {
		const deep = `x = 1\ny = ${'('.repeat(201)}1${')'.repeat(201)}\n`;
		let error: unknown;
		try {
			simulate(deep);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(SourceError);
		expect((error as SourceError).message).toBe('too many nested parentheses');
		expect([(error as SourceError).line, (error as SourceError).column]).toEqual([2, 205]);
		expect(() => simulate(`y = ${'[('.repeat(100)}1${')]'.repeat(100)}\nprint(len(str(y)))\n`)).not.toThrow();
		expect(() => simulate(`s = "${'('.repeat(300)}"\n# ${'['.repeat(300)}\nprint(s)\n`)).not.toThrow();
	});

	it('refuses a block indented 100 levels deep, at the line that opens it', () => {
		const blocks = (depth: number): string => [...Array(depth).keys()].map(level => `${' '.repeat(level)}if True:`).join('\n') + `\n${' '.repeat(depth)}print("deep")\n`;
		expect(() => simulate(blocks(99))).not.toThrow();
		expect(() => simulate(blocks(100))).toThrow(expect.objectContaining({message: 'too many levels of indentation', line: 101, column: 1}));
		const continued = `x = (1 +\n${' '.repeat(300)}2)\ns = '''\n${' '.repeat(300)}text'''\ny = 1 + \\\n${' '.repeat(300)}2\nprint(x, y, len(s))\n`;
		expect(() => simulate(continued)).not.toThrow();
	});

	it('reports an earlier syntax error before a later nesting error', () => {
		expect(() => simulate(`x = = 1\ny = ${'('.repeat(250)}1${')'.repeat(250)}\n`)).toThrow(expect.objectContaining({line: 1}));
	});
});

describe.skipIf(!hasPython)('Python limits that CPython shares', () => {
	it('the 4300-digit limit on int/str conversion, messages and sys.set_int_max_str_digits', () => {
		const source = `
import sys
cases = [
    lambda: str(10**4300), lambda: len(str(10**4299)), lambda: len(str(-10**4299)), lambda: int('1' * 4301),
    lambda: int('-' + '1' * 4301), lambda: int('1_' * 4300 + '1'), lambda: int('1' * 4301 + 'x'),
    lambda: f'{10**4300:,}', lambda: '%d' % 10**4300, lambda: repr(10**4300), lambda: len(hex(10**5000)),
    lambda: int('1' * 4301, 16) % 1000, lambda: int('1' * 4301, 7),
    lambda: 1 << -1,
]
for case in cases:
    try:
        print(repr(case())[:60])
    except ValueError as error:
        print('ValueError:', error)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as error:
    print(error)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)))
print(10**5000)
`;
		expect(runSimulated(source)).toEqual(runCPython(source));
	});

	it('the nesting limit sits where CPython puts it', () => {
		const deep = `y = ${'('.repeat(201)}1${')'.repeat(201)}\n`;
		const offset = execFileSync('python3', ['-c', 'import sys\ntry:\n    compile(sys.stdin.read(), "f", "exec")\nexcept SyntaxError as e:\n    print(e.lineno, e.offset, e.msg)'], {input: deep, encoding: 'utf8'}).trim();
		let error: SourceError | undefined;
		try {
			simulate(deep);
		} catch (caught) {
			error = caught as SourceError;
		}
		expect(`${error?.line} ${error?.column} ${error?.message}`).toBe(offset);
	});
});
