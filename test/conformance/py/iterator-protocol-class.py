class Squares:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i


print(list(Squares(5)))
for value in Squares(3):
    print("value", value)
print(sum(Squares(4)), max(Squares(4)), sorted(Squares(3), reverse=True))
it = iter(Squares(2))
print(next(it), next(it), next(it, None))
print(list(zip(Squares(3), "abc")), dict(enumerate(Squares(2))))
