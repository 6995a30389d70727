class Animal:
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    @property
    def kind(self):
        return type(self).__name__

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def create(cls, name):
        return cls(name)


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"


class Puppy(Dog):
    def speak(self):
        return "small " + super().speak()


d = Dog("Rex", "lab")
p = Puppy("Bit", "pug")
a = Animal.create("Generic")
print(d.speak())
print(p.speak())
print(a.speak(), a.kind, p.kind)
print(Animal.count, Animal.helper(21))
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Dog))
print(type(p).__name__, Puppy.__mro__[1].__name__)
print(hasattr(d, "breed"), getattr(d, "missing", "default"))
setattr(d, "age", 3)
print(d.age)
