import {describe, expect, it} from 'vitest';
import {hasPython, runCPython, runSimulated} from './run-python.js';

/** Small programs covering the language subset; each is compared with the real python3. */
const programs: Record<string, string> = {
	'numbers and reprs': `
print(1, -0.0, 0.1 + 0.2, 1e16, 1e-5, 2**70, 7 // -2, -7 % 3, 10 / 4, 3.0, float('inf'), float('nan'))
print(round(2.5), round(0.125, 2), round(3.14159, 3), abs(-3), divmod(-7, 2), int('ff', 16), 0x10, 1_000)
print(f"{3.14159:.2f}|{42:>6}|{'x':*^7}|{1234567:,}|{0.25:%}|{255:#x}|{7:08.3f}|{'a'!r}")
print("%5.1f|%-4d|%s|%r|%x" % (2.345, 7, 'hi', 'hi', 255), "{0}-{1}-{0}".format('a', 'b'))
`,
	'strings and containers': `
s = "Hello, World"
print(s[::-1], s[2:5], s.lower(), s.split(", "), "-".join(["a", "b"]), s.find("o"), s.count("l"))
print(s.startswith("He"), s.replace("l", "L", 2), s.strip("Hd"), s.center(16, "*"), s.zfill(14))
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, sorted(d), list(d.items()), d.get("z", 0), {1, 2, 3}, {3, 1, 2}, set(), (1,), [[]])
print([x * x for x in range(6) if x % 2], {k: v for k, v in zip("ab", [1, 2])}, {x % 3 for x in range(9)})
a, *b, c = range(6)
print(a, b, c, list(reversed([1, 2, 3])), sorted([3, 1, 2], reverse=True), min([4, 2, 8]), max("abc"))
`,
	'functions and closures': `
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter()
c(); c(5)
print(c())
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
print((lambda *xs: sum(xs))(1, 2, 3), list(map(lambda x: x + 1, [1, 2])))
def gen(n):
    for i in range(n):
        received = yield i
        if received:
            print("got", received)
    return "done"
g = gen(3)
print(next(g), g.send("hi"), list(g))
def outer():
    result = yield from gen(2)
    print("result", result)
print(list(outer()))
`,
	'classes': `
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
    def speak(self):
        return super().speak() + "!"
    @property
    def upper(self):
        return self.name.upper()
    @staticmethod
    def kind():
        return "canine"
    @classmethod
    def make(cls, name):
        return cls(name)
d = Dog.make("rex")
print(d, d.speak(), d.upper, Dog.kind(), isinstance(d, Animal), Dog.__mro__)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, other): return V(self.x + other.x)
    def __eq__(self, other): return self.x == other.x
    def __lt__(self, other): return self.x < other.x
    def __len__(self): return self.x
    def __repr__(self): return f"V({self.x})"
print(V(1) + V(2), V(1) == V(1), sorted([V(3), V(1)]), len(V(4)), bool(V(0)))
`,
	'exceptions': `
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    [][1]
except IndexError as e:
    print(e)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise AppError(400, "bad") from e
except AppError as e:
    print(e, e.code, e.args, repr(e.__cause__))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
for value in ["1", "x"]:
    try:
        n = int(value)
    except ValueError as e:
        print("error:", e)
    else:
        print("ok", n)
print(undefined_name)
`,
	'modules': `
import math, random, time
from collections import deque, Counter, defaultdict, namedtuple
from dataclasses import dataclass, field
from functools import partial, reduce
import itertools
random.seed(7)
print(random.randint(1, 10), random.random(), random.choice([1, 2, 3]))
print(math.sqrt(2), math.floor(-2.5), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3))
print(deque([1, 2, 3], maxlen=2), Counter("abca").most_common(1), dict(defaultdict(int, a=1)))
P = namedtuple("P", "x y")
print(P(1, 2), P(1, 2).x)
@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
print(Item("a"), Item("a", 1) < Item("b"), Item("a") == Item("a"))
print(partial(pow, 2)(5), reduce(lambda a, b: a * b, range(1, 6)), list(itertools.islice(itertools.count(3), 4)))
start = time.monotonic()
time.sleep(1.5)
print(round(time.monotonic() - start, 1))
`,
	'sys.exit': `
import sys
print("before")
sys.exit(3)
`,
};

describe.skipIf(!hasPython)('Python language subset matches CPython', () => {
	for (const [name, source] of Object.entries(programs)) {
		it(name, () => {
			expect(runSimulated(source)).toEqual(runCPython(source));
		});
	}
});

it.runIf(!hasPython)('notice: python3 (3.11+) is not available, so the CPython comparisons were skipped', () => {
	expect(hasPython).toBe(false);
});
