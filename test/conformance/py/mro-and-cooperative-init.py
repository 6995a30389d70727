class Base:
    def __init__(self, **kwargs):
        print("Base init", sorted(kwargs))
        self.log = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self, left=None, **kwargs):
        super().__init__(**kwargs)
        self.log.append(f"Left({left})")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self, right=None, **kwargs):
        super().__init__(**kwargs)
        self.log.append(f"Right({right})")

    def hello(self):
        return "Right>" + super().hello()


class Child(Left, Right):
    kind = "child"

    def __init__(self):
        super().__init__(left=1, right=2)
        self.log.append("Child")

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def describe():
        return "a diamond"


c = Child.create()
print(c.log, c.hello(), [k.__name__ for k in Child.__mro__], Child.describe(), c.describe())
print(isinstance(c, (Right, int)), issubclass(Child, Base), type(c).__name__, c.__class__.__name__)
c.kind = "instance"
print(c.kind, Child.kind, vars(c)["kind"], getattr(c, "missing", "default"), hasattr(c, "log"))
setattr(c, "extra", 5)
delattr(c, "kind")
print(c.kind, c.extra, sorted(vars(c)))


class Registry:
    items = []

    def __init__(self, name, tags=[]):
        self.name = name
        self.tags = tags
        Registry.items.append(name)


a = Registry("a")
b = Registry("b")
a.tags.append("shared!")
print(b.tags, Registry.items, len(Registry.items))
