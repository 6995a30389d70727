class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __call__(self, z):
        return self.x + self.y + z


v = Vector(1, 2)
w = Vector(3, 4)
print(v, repr(v), [v, w])
print(v + w, v * 3, v == Vector(1, 2), v != w)
print(len(v), v[0], v[-1], list(v), 2 in v, 5 in v)
print(bool(Vector(0, 0)), bool(v))
print(sorted([w, v]), min(w, v))
print(len({v, Vector(1, 2)}), v(10))
x, y = w
print(x, y)
