import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print(f"close {self.name} ({exc_type.__name__ if exc_type else 'no error'})")
        return self.suppress


async def main():
    async with Resource("quiet", suppress=True) as r:
        print("using", r.name)
        raise ValueError("swallowed")
    print("after quiet")
    try:
        async with Resource("outer") as a, Resource("inner") as b:
            print("using", a.name, b.name)
            raise KeyError("escapes")
    except KeyError as error:
        print("caught", repr(error))


asyncio.run(main())
