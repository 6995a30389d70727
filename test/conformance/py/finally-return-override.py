def f():
    try:
        return "try"
    finally:
        print("finally runs before the return")


def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def h(x):
    try:
        result = 10 / x
    except ZeroDivisionError:
        print("except")
        return "error"
    else:
        print("else")
        return result
    finally:
        print("finally", x)


def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return i


print(f(), g(), h(0), h(4), loop())


def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError as error:
            raise ValueError("outer") from error
    except ValueError as error:
        return f"{error!r} caused by {error.__cause__!r}"


print(nested())
