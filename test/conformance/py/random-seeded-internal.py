import random

random.seed(12345)
values = [random.randint(1, 6) for _ in range(50)]
print(len(values), all(1 <= v <= 6 for v in values))
items = list(range(10))
random.shuffle(items)
print(sorted(items) == list(range(10)))
x = random.random()
print(0 <= x < 1)
print(random.choice(["only"]))
