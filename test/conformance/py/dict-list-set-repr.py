d = {"a": 1, "b": [1, 2, {"c": None}], 3: (4,), (1, 2): True}
print(d)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline\\"))
print([], {}, (), set(), (1,), [None, True, False])
print({3, 1, 2})
print(frozenset([1]))
print(list(d.keys()), list(d.values())[:1], list(d.items())[0])
print(str([1.0, "x"]), str(("a",)))
print(dict(zip("abc", range(3))))
nested = [[1, 2], [3, [4, [5]]]]
print(nested, len(nested))
print(b"bytes\x00\xff", bytes([65, 66]), b"abc"[1], list(b"hi"))
print({"k": "v"}.get("missing"), {"k": "v"}.get("missing", 0))
