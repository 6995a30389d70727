class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is not None)
        return False


with Managed("a") as value, Managed("b") as other:
    print("inside", value, other)

try:
    with Managed("c"):
        raise RuntimeError("inside with")
except RuntimeError as e:
    print("propagated:", e)
