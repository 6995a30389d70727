// Seeded random nested values, printed by our port and by util.inspect.
import util from 'node:util';
import {describe, expect, it} from 'vitest';
import {inspect} from '../../../source/js/inspect/index.js';
import {createFakeHost, createRegistry} from './fake-host.js';
import {createRandom} from '../../support/seeded-random.js';
import {randomValue} from './random-values.js';

const host = createFakeHost(createRegistry());
const count = Number(process.env.INSPECT_RANDOM_COUNT ?? 600);

describe(`${count} random values`, () => {
	it('print exactly as util.inspect prints them, with default and narrow options', () => {
		for (let seed = 1; seed <= count; seed++) {
			const value = randomValue(createRandom(seed));
			for (const options of [undefined, {breakLength: 50, depth: 4}] as const) {
				const expected = util.inspect(value, options);
				const actual = inspect(value, host, options);
				if (actual !== expected) expect({seed, options, actual}).toEqual({seed, options, actual: expected});
			}
		}
	});
});
