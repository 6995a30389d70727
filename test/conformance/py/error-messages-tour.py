TEXT = "abc"


def one(a):
    return a


def kw_only(*, key):
    return key


class Thing:
    def method(self, x):
        return x


cases = [
    lambda: one(1, 2),
    lambda: one(),
    lambda: one(b=1),
    lambda: kw_only(1),
    lambda: Thing().method(),
    lambda: int("abc"),
    lambda: float("x1"),
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: {}["k"],
    lambda: None.attr,
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: len(5),
    lambda: TEXT(),
    lambda: {[1]: 2},
    lambda: hash([]),
    lambda: None < 1,
    lambda: [1, 2].index(7),
    lambda: TEXT[1.5],
    lambda: TEXT[None],
    lambda: range(3)[1.0],
    lambda: tuple(TEXT)["a"],
    lambda: int(None),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: {1, 2}.remove(3),
    lambda: [].remove(1),
    lambda: "x" * "y",
    lambda: abs("n"),
    lambda: min([]),
    lambda: dict([(1, 2, 3)]),
    lambda: "{0} {1}".format("only"),
    lambda: Thing.nope,
    lambda: 10 % 0,
    lambda: 2.0 / 0,
    lambda: round("x"),
    lambda: sorted(5),
    lambda: list.append(),
    lambda: tuple([1]).append(2),
]
for index, case in enumerate(cases):
    try:
        case()
        print(index, "no error")
    except Exception as error:
        print(index, type(error).__name__, error)
