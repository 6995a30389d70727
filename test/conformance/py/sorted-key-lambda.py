people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, 2, 9, 1]
nums.sort(reverse=True)
print(nums, list(reversed(nums)), max(words, key=len), min(people, key=lambda p: p[1]))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
print(list(enumerate("abc", start=1)), list(zip([1, 2, 3], "ab")))
