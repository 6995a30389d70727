def read_lines():
    lines = ["# header", "alpha 3", "", "beta 5", "gamma x", "delta 8"]
    for number, line in enumerate(lines, 1):
        print(f"  reading line {number}")
        yield line


def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, _, value = line.partition(" ")
        try:
            yield name, int(value)
        except ValueError:
            print(f"  skipping {name!r}: {value!r} is not a number")


def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, total


pipeline = running_total(parse(read_lines()))
print("nothing read yet")
first = next(pipeline)
print("first:", first)
for name, total in pipeline:
    print(name, total)
squares = (n * n for n in range(5))
print(sum(squares), sum(squares), list(squares))
gen = (c for c in "abc")
print(next(gen), list(gen), type(gen).__name__)


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fibs = fibonacci()
print([next(fibs) for _ in range(12)])
print(list(zip(range(3), fibonacci())))
