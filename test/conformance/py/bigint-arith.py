a = 2 ** 100
print(a, a * a)
print(3 ** 50 - 2 ** 70, -(10 ** 30) // 7, -(10 ** 30) % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(hex(a), bin(255), oct(8), int("ff", 16), int("1010", 2))
print(pow(3, 100, 1000), abs(-10 ** 20), 10 ** 20 // 3)
print(7 & 3, 7 | 8, 7 ^ 2, ~5, 1 << 70, (1 << 70) >> 65)
print(divmod(10 ** 25, 12345), max(10 ** 18, 2 ** 60))
print(int(1e20), float(2 ** 64), 2 ** 64 == 18446744073709551616)
print(str(10 ** 40)[:5], len(str(2 ** 1000)))
