class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError):
    pass


def find(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        raise NotFound(f"no {key}", 404) from None


for key in ["a", "b"]:
    try:
        print(find(key))
    except AppError as error:
        print(type(error).__name__, error, error.code, error.args, error.__cause__, error.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as error:
        error.add_note("while computing the ratio")
        error.add_note("hint: check the divisor")
        raise
except ZeroDivisionError as error:
    print(error.__notes__)

print(issubclass(NotFound, Exception), isinstance(NotFound("x", 1), AppError), NotFound.__mro__[1].__name__)
errors = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), LookupError("l")]
print([isinstance(e, LookupError) for e in errors])
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(ValueError()), str(ValueError(1, 2)))

e = RuntimeError("visible note")
e.add_note("note one")
raise e
