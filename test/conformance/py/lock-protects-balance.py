import asyncio

balance = 100


async def withdraw_unsafe(amount, who):
    global balance
    current = balance
    await asyncio.sleep(0)
    if current >= amount:
        balance = current - amount
        print(f"{who} withdrew {amount}, balance now {balance}")


async def withdraw_safe(lock, amount, who):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0)
        if current >= amount:
            balance = current - amount
            print(f"{who} withdrew {amount}, balance now {balance}")
        else:
            print(f"{who} refused: only {balance} left")


async def main():
    global balance
    await asyncio.gather(withdraw_unsafe(80, "alice"), withdraw_unsafe(80, "bob"))
    print("without a lock:", balance)
    balance = 100
    lock = asyncio.Lock()
    await asyncio.gather(withdraw_safe(lock, 80, "alice"), withdraw_safe(lock, 80, "bob"))
    print("with a lock:", balance, "locked?", lock.locked())


asyncio.run(main())
