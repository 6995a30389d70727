import {describe, expect, it} from 'vitest';
import {runLoopstep, runNode} from './run-program.js';

/** Details Node's own JavaScript adds on top of the language, compared with the real `node`. */
const scripts: Record<string, string> = {
	'invalid callbacks throw ERR_INVALID_ARG_TYPE with a code': `for (const f of [() => setTimeout('x'), () => queueMicrotask(1), () => process.nextTick(null), () => setImmediate({})]) {
	try { f(); } catch (e) { console.log(e.name, e.code, e.message, Object.keys(e), e instanceof TypeError); }
}`,
	'console.dir, assert, count, countReset and groupCollapsed': `console.dir({a: {b: {c: {}}}}, {depth: 0}); console.assert(true, 'no'); console.assert(0, 'yes %s', 'formatted');
console.count(); console.count(); console.countReset(); console.countReset('missing'); console.count();
console.groupCollapsed('g'); console.log('inner'); console.groupEnd(); console.log('outer');`,
	'built-ins word "not iterable" as V8 does': `for (const v of [5, true, null, {}, () => 1]) { try { new Map(v); } catch (e) { console.log(e.message); } }
Promise.all(7).catch(e => console.log(e.message));`,
	"'beforeExit' fires while its listeners add work; 'rejectionHandled' follows a late handler": `let rounds = 0;
process.on('beforeExit', code => { console.log('beforeExit', code, ++rounds); if (rounds < 2) setImmediate(() => console.log('more')); });
process.on('unhandledRejection', () => console.log('unhandled'));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
const p = Promise.reject(new Error('x'));
setTimeout(() => p.catch(() => {}), 1);`,
	'Array.prototype.copyWithin': `console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0, 2));`,
};

describe('Node host details', () => {
	for (const [name, source] of Object.entries(scripts)) {
		it(name, () => {
			expect(runLoopstep(source)).toEqual(runNode(source));
		});
	}

	it('gives an ES module its import.meta', () => {
		const source = `console.log(Object.keys(import.meta), import.meta === import.meta, import.meta.url.startsWith('file:///'), import.meta.filename.endsWith('.mjs'));
console.log(import.meta.resolve('events'), import.meta.resolve('node:util'), Object.getPrototypeOf(import.meta));`;
		expect(runLoopstep(source, '.mjs')).toEqual(runNode(source, '.mjs'));
	});
});
