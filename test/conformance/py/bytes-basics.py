data = b"hello world"
print(data, len(data), data[0], data[-1], data[:5], data.upper(), data.split(b" "))
print(data.decode(), data.hex(), b"a" + b"b", b"lo" in data, data.partition(b" "), data.title())
print(list(data[:3]), bytes(3), bytes([1, 2, 255]), data.find(b"o"), data.count(b"l"), data.replace(b"l", b"L"))
print(data.startswith(b"he"), data.strip(b"hd"), b",".join([b"a", b"b"]), data == b"hello world", b"a" < b"b")
text = "naïve café"
encoded = text.encode("utf-8")
print(encoded, len(text), len(encoded), encoded.decode("utf-8") == text)
try:
    data[0] = 1
except TypeError as error:
    print(error)
print(ord(b"A"), chr(data[1]), b"a\nb".splitlines(), b"x".center(5, b"-"), b"42".zfill(4), b"ab".isalpha())
