class BaseAppError(Exception):
    pass


class NotFound(BaseAppError):
    def __str__(self):
        return f"not found: {self.args[0]}"


for exc in [NotFound("x"), BaseAppError("generic"), KeyError("k"), ZeroDivisionError("z")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound handler:", e)
    except BaseAppError as e:
        print("BaseAppError handler:", e)
    except (KeyError, ZeroDivisionError) as e:
        print("tuple handler:", type(e).__name__, e)

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
print(issubclass(NotFound, Exception), isinstance(KeyError(), LookupError))
print(repr(NotFound("q")), str(KeyError("k")), str(KeyError()))
try:
    raise NotFound("final")
finally:
    print("finally before crash")
