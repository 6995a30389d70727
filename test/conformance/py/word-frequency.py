from collections import Counter, defaultdict

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""

words = [word.strip(",.").lower() for word in text.split()]
counts = Counter(words)
print(counts.most_common(4))
for word, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:6]:
    print(f"{word:>12} | {'#' * count} {count}")

by_length = defaultdict(list)
for word in sorted(set(words)):
    by_length[len(word)].append(word)
for length in sorted(by_length):
    print(length, ", ".join(by_length[length]))

letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(letters["t"], letters["z"], sum(letters.values()), len(letters))
print(counts["was"] + counts["it"], (counts - Counter(it=4)).most_common(2))
