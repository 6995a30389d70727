counter_total = 0


def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def bump():
    global counter_total
    counter_total += 1


c1 = make_counter()
c2 = make_counter(10)
print(c1(), c1(), c2(5), c1(3))
bump()
bump()
print(counter_total)
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])


def outer():
    x = "outer"

    def inner():
        return x

    x = "changed"
    return inner


print(outer()())
