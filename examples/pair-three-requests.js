// Fetch three things (JavaScript)
// Lesson: Three requests started together finish in latency order, and Promise.all hands back results in request order.
// Watch: three timers in Timers at once; each firing resolves one promise; the Clock ends at 300 ms, not 600.
function fakeFetch(url, latency) {
  console.log(`GET ${url}`);
  return new Promise((resolve) => {
    setTimeout(() => {
      console.log(`  ${url} answered after ${latency} ms`);
      resolve({ url, status: 200 });
    }, latency);
  });
}

async function main() {
  const responses = await Promise.all([
    fakeFetch("/user", 300),
    fakeFetch("/posts", 100),
    fakeFetch("/comments", 200),
  ]);
  console.log("in request order:", responses.map((response) => response.url).join(", "));
}

main().catch((error) => console.log("a request failed:", error.message));
