import asyncio
from dataclasses import dataclass, field


class InsufficientFunds(Exception):
    pass


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))


async def transfer(lock, source, target, amount, delay):
    await asyncio.sleep(delay)
    async with lock:
        try:
            source.withdraw(amount)
        except InsufficientFunds as error:
            print("declined:", error)
            return False
        await asyncio.sleep(0)
        target.deposit(amount)
        print(f"moved {amount} from {source.owner} to {target.owner}")
        return True


async def main():
    alice = Account("alice", 100)
    bob = Account("bob")
    lock = asyncio.Lock()
    results = await asyncio.gather(
        transfer(lock, alice, bob, 70, 0.02),
        transfer(lock, alice, bob, 50, 0.01),
        transfer(lock, bob, alice, 20, 0.03),
    )
    print(results, alice.balance, bob.balance)
    print(alice)
    try:
        bob.deposit(-5)
    except ValueError as error:
        print(error)


asyncio.run(main())
