class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Rectangle(Shape):
    def __init__(self, width, height):
        super().__init__("rectangle")
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    PI = 3.14159

    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return self.PI * self.radius ** 2


shapes = [Rectangle(2, 5), Square(3), Circle(1.5), Circle(1)]
for shape in sorted(shapes):
    print(shape)
print(Shape.count, isinstance(shapes[1], Rectangle), type(shapes[1]).__mro__[1].__name__, Square.__bases__)
try:
    print(Shape("blob"))
except NotImplementedError as error:
    print("NotImplementedError:", error)
print(max(shapes).name, sum(s.area() for s in shapes) > 25, [s.name for s in shapes if isinstance(s, Rectangle)])
print(hasattr(Circle, "PI"), getattr(shapes[2], "radius"), Circle.area(shapes[3]))
