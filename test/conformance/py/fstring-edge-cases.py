import math

value = 1234.5678
name = "Ada"
items = [1, 2, 3]
print(f"{value:,.2f} {value:e} {value:.3g} {value:10.1f}| {value:<12}| {-value:+.0f}")
print(f"{name!r} {name!s:>6} {name:*^9} {name.lower()} {len(name) * 2}")
print(f"{items} {items[0]} {items[-1]:03d} {sum(items) / len(items):.2%} {items!r}")
print(f"{'nested ' + name} {math.pi:.5f} {math.e:.2e} {1e-10:g} {123456789:,} {0.5:.0%}")
print(f"{{literal}} {{{name}}} {value=:.1f} {name=}")
width = 8
print(f"[{name:>{width}}] [{value:{width}.{2}f}] [{'x':{'<'}{width}}]")
print(f"{True} {None} {7} {'a' if items else 'b'} {[x * 2 for x in items]}")
print(f"{42:b} {42:o} {42:x} {42:X} {42:#b} {42:08.3f} {-42:08d} {42:+d} {42: d}")
print(f"{'multi' 'part'}", f"{chr(65)}{ord('B')}", f"{3.0}", f"{1/3}", f"{2**0.5:.10f}")
