rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 250, 0.1)]
header = f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>8}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5d}|{price:>8.2f}|{qty * price:>8.2f}")
width, precision = 12, 3
print(f"{3.14159265:{width}.{precision}f}|")
print("{:^11}|{:*>6}|{:+d}|{:%}".format("mid", 42, 7, 0.125))
print("%-8s|%6.2f|%03d|%x|%r" % ("left", 2.5, 7, 255, "quoted"))
print(format(1234.5, ",.1f"), format(42, "b"), format("x", ">4"), str(1.0), repr(1e-7))
name = "loop"
print(f"{name!r:>8}", f"{name=}", f"{len(name)=}", f"{{braces}}")
print("a,b,,c".split(","), "  padded  ".strip(), "Title case here".title(), "snake_case".upper())
print("-".join(str(n) for n in range(5)), "abc".center(9, "."), "42".zfill(5), "x".ljust(3) + "|")
