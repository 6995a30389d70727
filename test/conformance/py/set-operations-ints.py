evens = {n for n in range(10) if n % 2 == 0}
squares = {n * n for n in range(5)}
print(evens, squares, evens & squares, evens | squares, evens - squares, sorted(evens ^ squares))
print(evens <= set(range(10)), squares >= {0, 1}, evens.isdisjoint({1, 3}), {1, 2} < {1, 2, 3})
evens.add(10)
evens.discard(0)
evens.update([12, 14])
print(sorted(evens), len(evens), 4 in evens, evens.pop() in range(20))
frozen = frozenset([3, 1, 2])
print(frozen, frozen | {4}, type(frozen | {4}).__name__, hash(frozen) == hash(frozenset([1, 2, 3])))
try:
    {1}.remove(2)
except KeyError as error:
    print("KeyError:", error)
print(set("mississippi") == set("misp"), len(set("mississippi")), sorted(set("hello")))
print({1, 2, 3}.intersection([2, 3, 4], (3, 5)), {1}.union([2], {3}), set().difference({1}))
seen = set()
duplicates = [x for x in [3, 1, 3, 2, 1] if x in seen or seen.add(x)]
print(duplicates, seen)
