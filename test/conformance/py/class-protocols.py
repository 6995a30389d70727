class Vector:
    def __init__(self, *coords):
        self.coords = tuple(coords)

    def __repr__(self):
        return f"Vector{self.coords}"

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*(a + b for a, b in zip(self.coords, other.coords)))
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self + other

    def __mul__(self, k):
        return Vector(*(k * c for c in self.coords))

    __rmul__ = __mul__

    def __len__(self):
        return len(self.coords)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Vector(*self.coords[index])
        return self.coords[index]

    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords

    def __bool__(self):
        return any(self.coords)

    def __iter__(self):
        yield from self.coords

    def __contains__(self, value):
        return value in self.coords

    def __call__(self, scale):
        return self * scale


v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, 2 * v, v * 3, sum([v, w, v]), len(v), v[1], v[::2], v[-1])
print(v == Vector(1, 2, 3), v != w, bool(Vector(0, 0)), bool(v), 2 in v, 7 in v, list(v), v(10))
try:
    hash(v)
except TypeError as error:
    print(error)
try:
    v + 5
except TypeError as error:
    print(error)
x, y, z = v
print(x, y, z, max(v), sorted(w, reverse=True), dict(zip("abc", v)))


class Temperature:
    def __init__(self):
        self._celsius = 0

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    def __getattr__(self, name):
        return f"<no {name}>"


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, t.kelvin)
try:
    t.celsius = -300
except ValueError as error:
    print("ValueError:", error)
try:
    t.fahrenheit = 5
except AttributeError as error:
    print("AttributeError:", error)
