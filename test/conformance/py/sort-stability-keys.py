students = [("ana", "B", 82), ("bo", "A", 95), ("cy", "B", 82), ("di", "A", 88), ("ed", "C", 70)]
by_grade = sorted(students, key=lambda s: s[1])
print([s[0] for s in by_grade])
by_score = sorted(students, key=lambda s: (-s[2], s[0]))
print([(s[0], s[2]) for s in by_score])
students.sort(key=lambda s: s[2], reverse=True)
print([s[0] for s in students])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), max(words, key=len))


class Card:
    order = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("T", "c")]
print(sorted(hand), min(hand), max(hand), sorted(hand, reverse=True)[:2])
nums = [5, -3, 2, -8, 1]
print(sorted(nums, key=abs), sorted(map(str, nums)), list(reversed(sorted(nums))))
pairs = {"x": 3, "y": 1, "z": 2}
print(sorted(pairs, key=pairs.get), sorted(pairs.items(), key=lambda kv: kv[1], reverse=True))
try:
    sorted([1, "a"])
except TypeError as error:
    print("TypeError:", error)
