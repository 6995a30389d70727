import asyncio

attempts = {"flaky": 0}
waited = [0.0]


async def flaky_service():
    attempts["flaky"] += 1
    loop = asyncio.get_running_loop()
    print(f"attempt {attempts['flaky']}, at least {waited[0]:.1f}s in: {loop.time() - start >= waited[0]}")
    if attempts["flaky"] < 4:
        raise ConnectionError(f"try {attempts['flaky']} failed")
    return "payload"


async def retry(coro_fn, retries=5, base=0.2):
    for attempt in range(retries):
        try:
            return await coro_fn()
        except ConnectionError as error:
            delay = base * 2 ** attempt
            print(f"  {error}; sleeping {delay:.1f}s")
            await asyncio.sleep(delay)
            waited[0] += delay
    raise RuntimeError("gave up")


async def main():
    global start
    start = asyncio.get_running_loop().time()
    result = await retry(flaky_service)
    print("result:", result, "after", attempts["flaky"], "attempts")
    attempts["flaky"] = -10
    try:
        await retry(flaky_service, retries=2)
    except RuntimeError as error:
        print("final:", error, "| context:", repr(error.__context__))


asyncio.run(main())
