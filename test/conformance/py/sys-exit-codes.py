import sys

print("about to exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.exit(4)
