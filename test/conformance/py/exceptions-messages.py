def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


attempt(lambda: 1 / 0)
attempt(lambda: [1, 2][5])
attempt(lambda: {"a": 1}["b"])
attempt(lambda: int("abc"))
attempt(lambda: None.foo)
attempt(lambda: "a" + 1)
attempt(lambda: undefined_name)
attempt(lambda: [].pop())
attempt(lambda: (1, 2).append(3))
attempt(lambda: float("x"))
attempt(lambda: 1 + "a")
attempt(lambda: len(5))
attempt(lambda: next(iter([])))
attempt(lambda: {}.popitem())
attempt(lambda: "abc".index("z"))
attempt(lambda: [1].remove(2))
attempt(lambda: 10 % 0)
attempt(lambda: 2.0 / 0)
