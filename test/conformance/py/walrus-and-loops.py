data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list of {n}")
values = iter(data)
while (value := next(values, None)) is not None:
    if value > 8:
        print("found", value)
        break
else:
    print("not found")
print([y for x in data if (y := x * 2) > 6])
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print(i, j, end=" | ")
else:
    print("outer loop done")
count = 0
while count < 3:
    count += 1
else:
    print("while finished with", count)
total = 0
for number in range(1, 20):
    if number % 3 == 0:
        continue
    total += number
    if total > 40:
        break
print(total, number)
print(list(enumerate("abc", 1)), list(zip(range(3), "xy")), list(reversed(range(2, 9, 3))))
print(all([]), any([]), all(x > 0 for x in data), any(x > 8 for x in data))
print(sorted(data, key=lambda v: (v % 2, -v)), min(data, key=lambda v: abs(v - 5)))
