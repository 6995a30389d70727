import itertools

print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.chain([1, 2], (3,), "xy")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations("abcd", 3)), list(itertools.combinations_with_replacement("ab", 2)))
for key, group in itertools.groupby("aaabccdd"):
    print(key, len(list(group)), end="; ")
print()
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in itertools.groupby(words, key=lambda w: w[0])})
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.repeat("z", 3)))
print(list(itertools.takewhile(lambda n: n < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda n: n < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.pairwise([1, 2, 3, 4])), list(itertools.filterfalse(lambda n: n % 2, range(6))))
