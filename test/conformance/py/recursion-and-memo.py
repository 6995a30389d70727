import sys
from functools import lru_cache


calls = 0


def fib(n, memo={}):
    global calls
    calls += 1
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(80), calls)


@lru_cache(maxsize=None)
def paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print(paths(12, 12), paths.cache_info().hits > 0)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900), sys.getrecursionlimit())
try:
    depth(5000)
except RecursionError as error:
    print("RecursionError:", error)


def hanoi(n, source, target, spare, moves):
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves


moves = hanoi(5, "A", "C", "B", [])
print(len(moves), moves[:3])


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
