# Fetch three things (Python)
# Lesson: Three requests started together finish in latency order, and gather hands back results in request order.
# Watch: three sleeps in the Scheduled timers pane at once; each firing wakes one task; the Clock ends at 0.3 s, not 0.6 s.
import asyncio


async def fake_fetch(url, latency):
    print(f"GET {url}")
    await asyncio.sleep(latency)
    print(f"  {url} answered after {round(latency * 1000)} ms")
    return {"url": url, "status": 200}


async def main():
    responses = await asyncio.gather(
        fake_fetch("/user", 0.3),
        fake_fetch("/posts", 0.1),
        fake_fetch("/comments", 0.2),
    )
    print("in request order:", ", ".join(response["url"] for response in responses))


asyncio.run(main())
