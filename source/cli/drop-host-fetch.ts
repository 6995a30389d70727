/**
 * Removes Node's `fetch` global from loopstep's own process. yoga-layout (Ink's layout engine) checks
 * `typeof fetch` while it loads, and in Node 20 that global is a getter that loads undici first,
 * about 40 ms of start-up for nothing: loopstep never fetches. Simulated programs never see host
 * globals either way.
 */
export function dropHostFetch(): void {
	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
}
