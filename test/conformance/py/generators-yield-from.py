def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def delegate():
    result = yield from countdown(3)
    print("delegate got", result)
    yield from [10, 20]


def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return


print(list(delegate()))
g = echo()
next(g)
print(g.send("hello"))
print(g.send(42))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])
it = iter([1, 2])
print(next(it), next(it), next(it, "exhausted"))
