for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

i = 0
while i < 3:
    i += 1
else:
    print("while finished normally", i)

while True:
    i -= 1
    if i == 1:
        continue
    if i < 0:
        break
    print("i =", i)

x = 15
if x < 10:
    print("small")
elif x < 20:
    print("medium")
else:
    print("large")
print("ternary:", "even" if x % 2 == 0 else "odd")
a, *rest = [1, 2, 3, 4]
first, (second, third) = 1, (2, 3)
print(a, rest, first, second, third)
print(1 < 2 < 3, 1 < 3 < 2, not None, None or "default", 0 and "x")
