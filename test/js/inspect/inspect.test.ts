// Every fixture is printed by our port and by the running Node's own util.inspect; they must agree.
import util from 'node:util';
import {describe, expect, it} from 'vitest';
import {inspect} from '../../../source/js/inspect/index.js';
import {createFakeHost, createRegistry} from './fake-host.js';
import {valueFixtures} from './value-fixtures.js';

const registry = createRegistry();
const host = createFakeHost(registry);
const framelessHost = createFakeHost(registry, {frameless: true});

/** Node's text without its stack frame lines (keeping the ` {` or `,` that follows the last one). */
function withoutFrames(text: string): string {
	return text.replace(/\n *(?:at |\.\.\. \d+ lines matching cause stack trace \.\.\.)[^\n]*?(?=(?: \{|,)?(?:\n|$))/g, '');
}

describe('inspect matches util.inspect', () => {
	for (const [name, make] of valueFixtures(registry)) {
		it(name, () => {
			const value = make();
			expect(inspect(value, host)).toBe(util.inspect(value));
		});
	}
});

describe('inspect with options matches util.inspect', () => {
	const options = [{depth: 0}, {depth: 4}, {depth: null}, {breakLength: 40}, {compact: 1}, {compact: true}, {compact: false}, {showHidden: true}, {sorted: true}, {maxArrayLength: 3}, {maxArrayLength: null, maxStringLength: 20}, {numericSeparator: true}] as const;
	for (const [name, make] of valueFixtures(registry)) {
		for (const option of options) {
			it(`${name} ${JSON.stringify(option)}`, () => {
				const value = make();
				expect(inspect(value, host, option)).toBe(util.inspect(value, option));
			});
		}
	}
});

describe('errors without stack frames print as Node with its frame lines removed', () => {
	for (const [name, make] of valueFixtures(registry)) {
		it(name, () => {
			const value = make();
			const expected = withoutFrames(util.inspect(value));
			expect(inspect(value, framelessHost)).toBe(expected);
		});
	}
});
