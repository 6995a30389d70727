import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        await asyncio.sleep(0)
        return exc_type is KeyError


async def main():
    async with Resource("a") as r:
        print("using", r.name)
    async with Resource("b"):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with Resource("c"):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
