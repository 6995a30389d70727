import asyncio


async def compute():
    await asyncio.sleep(0.01)
    return {"answer": 42}


result = asyncio.run(compute())
print(result)
print(asyncio.run(compute())["answer"] + 1)
