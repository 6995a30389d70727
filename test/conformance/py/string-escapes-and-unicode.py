print("tab:\t|", "quote: \"", 'apostrophe: \'', "backslash: \\")
print("unicode: \u00e9 \u2603 \U0001F600")
print(r"raw \n stays", len("héllo"), "héllo".upper())
print("""triple
quoted""")
print("a" "b" "c", "concat")
print(repr("\x00\x7f"), repr("é"), "é".encode())
print("ß".upper(), "Straße".lower(), len("\U0001F600"))
print(f"{'x':>3}{'y':<3}|", f"{{braces}}", f"{3 + 4}")
