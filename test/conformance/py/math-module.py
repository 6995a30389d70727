import math

print(math.pi, math.e, math.tau)
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7))
print(math.gcd(48, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3))
print(math.sin(0), math.cos(0), math.log(math.e), math.log10(1000), math.log2(8), math.exp(1))
print(math.hypot(3, 4), math.fabs(-3), math.pow(2, 10), math.isinf(math.inf), math.isnan(math.nan))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(round(math.atan2(1, 1), 6), math.degrees(math.pi), math.radians(180))
