pi = 3.14159265
name = "loop"
n = 1234567
print(f"{pi:.2f} {pi:8.3f}| {pi:<8.1f}| {pi:^9.2f}| {pi:e}")
print(f"{n:,} {n:_} {n:>12} {n:<12}| {n:012d} {-n:+d} {n:+d}")
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#b} {5:03}")
print(f"{name!r} {name!s} {name:>8} {name:*^10} {name:<6}|")
print(f"{0.5:%} {0.125:.1%} {1e6:g} {1.5e-7:g} {123.456:.4g}")
print(f"{'nested ' + name.upper()}")
width = 7
print(f"{pi:{width}.{2}f}|")
print(f"{n=}")
print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"), "{name}!".format(name="hi"))
print("%s is %d years, %.1f%%" % ("Ann", 30, 99.5))
print(format(3.5, "06.2f"), format(42, "b"))
