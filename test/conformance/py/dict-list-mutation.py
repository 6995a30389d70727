inventory = {"apples": 3}
print(inventory.setdefault("pears", 0), inventory.setdefault("apples", 99), inventory)
print(inventory.pop("pears"), inventory.pop("missing", "default"), inventory)
inventory.update(kiwis=4, plums=1)
inventory |= {"figs": 2}
print(inventory.popitem(), list(inventory), list(inventory.values()))
print(dict.fromkeys("abc", 0), {k: v for k, v in sorted(inventory.items(), key=lambda kv: kv[1])})
keys = inventory.keys()
inventory["new"] = 9
print(len(keys), "new" in keys, keys & {"new", "old"}, sorted(keys - {"apples"}))
try:
    for key in inventory:
        inventory["boom"] = 1
except RuntimeError as error:
    print("RuntimeError:", error)

grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
numbers = list(range(10))
numbers[::3] = ["x"] * 4
del numbers[1:3]
numbers.insert(-1, "ins")
numbers.remove("x")
print(numbers, numbers.index("x"), numbers.count("x"))
alias = numbers
copy = numbers[:]
alias.append("end")
print(len(numbers), len(copy), alias is numbers, copy == numbers[:-1])
stack = [1, 2, 3]
print(stack.pop(), stack.pop(0), stack, [].pop() if False else "ok")
try:
    [].pop()
except IndexError as error:
    print("IndexError:", error)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [x for row in matrix for x in row if x % 2])
