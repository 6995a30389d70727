def parse(text):
    return int(text)


print("start")
values = [parse(t) for t in ["1", "2", "x3"]]
print(values)
