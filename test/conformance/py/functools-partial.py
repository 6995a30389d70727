import functools


def power(base, exp):
    return base ** exp


square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(5), cube(2), square(base=9))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    """Adds."""
    return a + b


print(add(1, b=2), add.__name__, add.__doc__)
