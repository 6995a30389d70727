def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


def delegator():
    result = yield from running_average()
    print("delegate finished with", result)
    yield "after"


avg = running_average()
print(next(avg))
for value in [10, 20, 60]:
    print("average:", avg.send(value))
try:
    avg.send(None)
except StopIteration as stop:
    print("stopped with", stop.value)

d = delegator()
next(d)
d.send(4)
print(d.send(8))
print(d.send(None))


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    except GeneratorExit:
        print("countdown closed at", n)
        raise


c = countdown(5)
print(next(c), next(c))
c.close()
print(list(countdown(3)), sum(countdown(4)))
