callbacks = [lambda: i for i in range(3)]
print([f() for f in callbacks])
fixed = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fixed])


def make_counter(start=0):
    count = start

    def increment(by=1):
        nonlocal count
        count += by
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset


inc, reset = make_counter(5)
print(inc(), inc(2), inc())
reset()
print(inc())

total = 0


def add(n):
    global total
    total += n
    return total


print(list(map(add, [1, 2, 3])), total)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()


print(outer())
adders = {name: (lambda n, k=k: n + k) for k, name in enumerate(["zero", "one", "two"])}
print({name: fn(10) for name, fn in adders.items()})
