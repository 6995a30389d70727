s = "  The quick brown fox\tjumps  "
print(s.split(), s.split(" ", 3), s.rsplit(None, 1), s.partition("quick"), s.rpartition("z"))
print("line1\nline2\r\nline3\n".splitlines(), "a\nb\n".splitlines(keepends=True))
print("Hello".swapcase(), "ß".upper(), "StraSSe".casefold(), "tab\tbed".expandtabs(4))
print("12".isdigit(), "½".isnumeric(), "abc123".isalnum(), "   ".isspace(), "Ab".isalpha(), "x".isupper())
print("banana".find("na"), "banana".rfind("na"), "banana".index("n", 3), "banana".count("a", 2))
try:
    "banana".index("z")
except ValueError as error:
    print(error)
print("hello world".replace("o", "0", 1), "a-b-c".split("-", 1), "x".join("abc"), "abc" * 2)
print("%s is %d years and %.1f%%" % ("Al", 30, 99.5), "{0}{1}{0}".format("ab", "-"), "{name}".format(name="kw"))
print("ümlaut".encode(), b"bytes".decode(), len("ümlaut".encode()), "abc".encode()[1], list(b"hi"))
print(sorted("hello"), "".join(reversed("stressed")), "racecar" == "racecar"[::-1], ord("A"), chr(97))
print("Hello World".startswith(("Hi", "He")), "file.py".endswith(".py"), "a,b;c".replace(";", ",").split(","))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"), f"{'nested ' + 'quotes'!s:.6}", repr("it's"), repr('say "hi"'))
