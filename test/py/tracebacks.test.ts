import {describe, expect, it} from 'vitest';
import {cpythonStderr, hasPython, simulatedStderr} from './run-python.js';

/**
 * Uncaught exceptions print CPython 3.11's traceback to stderr, compared line by line with the real
 * python3 (its own library frames left out): exception groups nested with `+-+---- n ----` boxes,
 * `^^^^` and `~~~^~~~` carets under the failing expression, lines as CPython records them.
 */
const programs: Record<string, string> = {
	'nested exception groups with a cause': `
def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("t"), OSError("o")]), RuntimeError("r")]) from e
f()
`,
	'more than 15 members of a group': `
raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
`,
	'TaskGroup error escaping asyncio.run': `
import asyncio

async def boom(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"boom {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1))
        tg.create_task(boom(2))
        tg.create_task(asyncio.sleep(1))

asyncio.run(main())
`,
	'a group member with a context of its own': `
def member():
    try:
        {}["missing"]
    except KeyError:
        return RuntimeError("while handling")
raise ExceptionGroup("eg", [member()])
`,
	'carets under a binary operation, across frames': `
def ratio(a, b):
    return a / b

def report(values):
    total = sum(values) + ratio(len(values), 0)
    return total

print(report([1, 2]))
`,
	'carets under a subscript with a trailing comment': `
def lookup(table):
    return table["b"]  # missing key
lookup({"a": 1})
`,
	'carets under a call inside a call': `
def parse(text):
    return int(text)
values = [parse(t) for t in ["1", "x"]]
`,
	'carets under an attribute, a name and a comparison': `
class Point:
    pass

def use(kind):
    p = Point()
    if kind == 0:
        return p.x + 1
    if kind == 1:
        return missing_name * 2
    return p < 3

for kind in range(3):
    try:
        use(kind)
    except Exception as error:
        print(type(error).__name__)
use(2)
`,
	'unpacking, assert and a raise sharing its line': `
def unpack():
    first, second = [1]

def check(x):
    assert x > 0, "positive"

def guard(x):
    if x < 0: raise ValueError("negative")

for fn, arg in [(check, -1), (guard, -1)]:
    try:
        fn(arg)
    except Exception as error:
        print(repr(error))
unpack()
`,
	'an await that fails shows its carets': `
import asyncio

async def divide(x):
    return 10 / x

async def main():
    total = 1 + await divide(0)
    return total

asyncio.run(main())
`,
	'finally keeps the line of the raise; raise e adds the frame again': `
def inner():
    return 1 // 0

def middle():
    try:
        inner()
    finally:
        print("cleanup")

def outer():
    try:
        middle()
    except ZeroDivisionError as error:
        print("again")
        raise error

outer()
`,
	'__exit__ failing reports the with line': `
class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

def work():
    with Manager():
        x = 1
        y = x + 1

work()
`,
	'a call spread over lines reports the inner line': `
def fail(x):
    raise ValueError(x)

result = max(
    1,
    fail(2),
)
`,
	'augmented assignment names its operator': `
count = 0
count += "one"
`,
	'callback exception names the function definition line': `
import asyncio


def broken(tag):
    raise ZeroDivisionError(tag)


async def main():
    asyncio.get_running_loop().call_soon(broken, "a rather long tag that reprlib shortens")
    await asyncio.sleep(0.01)

asyncio.run(main())
`,
};

describe.skipIf(!hasPython)('tracebacks on stderr match CPython', () => {
	for (const [name, source] of Object.entries(programs)) {
		it(name, () => {
			const real = cpythonStderr(source);
			const simulated = simulatedStderr(source);
			expect(simulated.exitCode).toBe(real.exitCode);
			expect(simulated.stderr.split('\n')).toEqual(real.stderr.split('\n'));
		});
	}
});
