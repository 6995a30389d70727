import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    order = []
    loop.call_at(start + 0.2, order.append, "at 0.2")
    loop.call_later(0.1, order.append, "later 0.1")
    loop.call_soon(order.append, "soon 1")
    h = loop.call_later(0.15, order.append, "cancelled")
    loop.call_soon(order.append, "soon 2")
    loop.call_later(0.1, order.append, "later 0.1 (second)")
    h.cancel()
    print("cancelled handle:", h.cancelled())
    await asyncio.sleep(0)
    print(order)
    await asyncio.sleep(0.3)
    print(order)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: order.append(f"cb1 {f.result()}"))
    fut.add_done_callback(lambda f: order.append(f"cb2 {f.result()}"))
    fut.set_result("value")
    print(order[-2:], fut.done())
    await asyncio.sleep(0)
    print(order[-2:])


asyncio.run(main())
