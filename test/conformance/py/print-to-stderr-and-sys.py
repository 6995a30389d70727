import sys

print("to stdout")
print("to stderr", file=sys.stderr)
sys.stdout.write("written directly\n")
print(sys.maxsize > 2 ** 31, sys.version_info >= (3, 11))
print("end", end="")
print()
