// `builtInObjects` in lib/internal/util/inspect.js: the capitalised globals of Node 20 (taken from
// `Object.getOwnPropertyNames(globalThis)` of node v20). Prototypes of these count as built-in.
export const builtInObjects: ReadonlySet<string> = new Set([
	'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN',
	'Boolean', 'String', 'Symbol', 'Date', 'Promise', 'RegExp',
	'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
	'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer',
	'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
	'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array', 'DataView',
	'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy',
	'Reflect', 'FinalizationRegistry', 'WeakRef', 'Buffer', 'URL', 'URLSearchParams',
	'DOMException', 'AbortController', 'AbortSignal', 'Event', 'EventTarget', 'TextEncoder',
	'TextDecoder', 'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultController', 'WritableStreamDefaultWriter',
	'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
	'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream',
	'BroadcastChannel', 'MessageChannel', 'MessagePort', 'MessageEvent', 'Blob', 'File',
	'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList',
	'PerformanceResourceTiming', 'FormData', 'Headers', 'Request', 'Response', 'SharedArrayBuffer',
	'Atomics', 'WebAssembly', 'Crypto', 'CryptoKey', 'SubtleCrypto', 'CustomEvent',
]);
