from collections import namedtuple, OrderedDict

Pair = namedtuple("Pair", ["left", "right"])
p = Pair(1, right=2)
print(p, p.left, p[1], p._asdict())
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od))
