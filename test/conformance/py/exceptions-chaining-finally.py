class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 / n
    except ValueError as e:
        raise AppError(400, "bad input") from e
    else:
        print("no error for", n)
    finally:
        print("finally for", n)


for n in (2, 0):
    try:
        print(risky(n))
    except AppError as e:
        print("AppError", e.code, e, "cause:", repr(e.__cause__))

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    print(repr(e), repr(e.__context__))

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)

print(repr(Exception("a", 1)), str(Exception()), ValueError("x").args)
