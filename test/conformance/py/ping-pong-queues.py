import asyncio


async def player(name, inbox, outbox, rounds):
    for _ in range(rounds):
        ball = await inbox.get()
        print(f"{name} received hit #{ball}")
        await asyncio.sleep(0.01)
        await outbox.put(ball + 1)
    print(f"{name} is done")


async def main():
    to_ping = asyncio.Queue()
    to_pong = asyncio.Queue()
    ping = asyncio.create_task(player("ping", to_ping, to_pong, 3))
    pong = asyncio.create_task(player("pong", to_pong, to_ping, 3))
    await to_ping.put(1)
    await asyncio.gather(ping, pong)
    print("left in queues:", to_ping.qsize(), to_pong.qsize(), to_ping.get_nowait())
    print("empty now?", to_ping.empty(), to_pong.empty())


asyncio.run(main())
