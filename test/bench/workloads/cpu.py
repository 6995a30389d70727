total = 0
for i in range(300000):
    total += (i * i) % 7
print(total)
