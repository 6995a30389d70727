from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass(frozen=True)
class Tagged:
    name: str
    tags: list = field(default_factory=list)


@dataclass(order=True)
class Version:
    major: int
    minor: int


p = Point(1, 2)
print(p, Point(5))
print(p == Point(1, 2), p == Point(2, 1))
t = Tagged("x")
print(t)
try:
    t.name = "y"
except Exception as e:
    print(type(e).__name__, e)
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))
print(Version(1, 0) < Version(1, 1))
