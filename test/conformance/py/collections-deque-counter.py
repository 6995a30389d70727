from collections import deque, defaultdict, Counter

d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
d.appendleft(0)
print(d, d.popleft(), d.pop(), d)
d.rotate(1)
print(list(d), len(d))

c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"])
c.update("ss")
print(c["s"], sorted(c.elements())[:4])

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()))
