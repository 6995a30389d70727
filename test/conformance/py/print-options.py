import sys

items = ["a", "b", "c"]
print(*items)
print(*items, sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print()
print("x", 1, 2.0, None, True, [1], {"k": (1,)}, sep="|")
written = sys.stdout.write("write returns length\n")
print(written)
print("to stderr", file=sys.stderr)
print(repr("tab\there"), "tab\there", "unicode: \u00e9 \u2603", "\\backslash")
print(str(b"bytes"), repr(b"\x00\xff"), bytes([65, 66]), bytearray(b"ab") if False else "skip")


class Shown:
    def __repr__(self):
        return "Shown()"

    def __str__(self):
        return "shown as str"


s = Shown()
print(s, [s], (s,), {"key": s}, f"{s}", f"{s!r}", str([s]), "%s %r" % (s, s))
print(sep="", end="empty print with sep and end\n")
print(1, 2, 3, sep="")
