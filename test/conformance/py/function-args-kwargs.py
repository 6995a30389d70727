def f(a, b=2, *args, c=3, **kwargs):
    return a, b, args, c, kwargs


print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))


def kwonly(*, x, y=1):
    return x + y


print(kwonly(x=5))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)


def defaults(items=[]):
    items.append(len(items))
    return items


print(defaults(), defaults(), defaults([9]))
print((lambda *a, **k: (a, k))(1, 2, k=3))
