# Wrong arguments to built-ins and loop methods raise CPython's own errors, which a program can catch.
import asyncio

for value in ["A", -1, 0x110000, 2**70, 97, True]:
    try:
        print(repr(chr(value)))
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)


async def main():
    loop = asyncio.get_running_loop()
    calls = (
        lambda: loop.call_later(0),
        lambda: loop.call_at(),
        lambda: loop.call_soon(),
        lambda: loop.create_task(),
        lambda: asyncio.create_task(),
        lambda: asyncio.ensure_future(),
        lambda: asyncio.shield(),
    )
    for call in calls:
        try:
            call()
        except TypeError as error:
            print(error)


try:
    asyncio.run()
except TypeError as error:
    print(error)
asyncio.run(main())
