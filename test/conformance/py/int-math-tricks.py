import math

print(pow(3, 200, 7), pow(2, -1, 7), divmod(-17, 5), divmod(17, -5))
print(math.factorial(25), math.gcd(84, 36), math.lcm(4, 6), math.isqrt(10**20 + 1))
print(bin(42), oct(42), hex(255), int("101010", 2), (255).bit_length(), (-8) >> 1, ~5)
print(2**100 // 3**20, 2**100 % 3**20, -(2**70) // 7, (10**30 + 1) * (10**30 - 1))
print(round(123456, -2), round(2.675, 2), round(-0.5), round(1.5), abs(-2**65))
print(f"{2**64:,}", f"{-255:#x}", f"{12345.6789:_.2f}", f"{0.000123:e}", f"{1e22:g}")
print(7 / 2, 7 // 2, -7 // 2, 7 % -2, 2 ** 0.5, 10 ** -2, 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3))
print(sum(range(1, 101)), sum(x * x for x in range(10)), math.prod([1, 2, 3, 4]))
print(float("1e308") * 10, -float("inf"), math.inf > 10**300, int(3.99), int(-3.99))
print(max(3, 7, key=lambda v: -v), min([], default="empty"), sorted([3, -1, 2], key=abs))
