a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
s = "abcdefgh"
print(s[1:6:2], s[-3:], s[:-3], s[::-2], s[10:], s[-100:2])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t.index(3), t.count(1), t + (5,), len(t))
lst = list(range(10))
print(lst[2:8:3], lst[::3], lst[-1::-4])
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
