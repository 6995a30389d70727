items = [5, 3, 8]
items.append(1)
items.extend([9, 2])
items.insert(0, 7)
print(items, items.pop(), items.pop(0), items.index(8), items.count(3))
items.remove(3)
items.reverse()
print(items, items[1:3], items[::-1], items * 2, [0] + items)
copy = items.copy()
copy.clear()
print(copy, items)
d = {"a": 1, "b": 2}
d.update(c=3)
d.setdefault("d", 4)
print(d, d.pop("a"), d.get("z", "none"), "b" in d, len(d))
print(list(d.items()), {k: v for k, v in d.items() if v > 2})
d2 = dict.fromkeys("xy", 0)
print(d2, d | {"e": 5})
s = {1, 2, 3}
t = {3, 4}
print(s | t, s & t, s - t, s ^ t, s <= {1, 2, 3, 4}, s.isdisjoint({9}))
s.add(10)
s.discard(1)
print(sorted(s), len(s))
del items[0]
print(items)
nums = [3, 1, 2]
nums[1:2] = [7, 7]
print(nums, max(nums), nums.index(7))
