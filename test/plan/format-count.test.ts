import {describe, expect, it} from 'vitest';
import {formatCount} from '../../source/plan/index.js';

describe('formatCount', () => {
	it('groups digits as en-US toLocaleString does, without loading ICU', () => {
		const values = [0, 7, 42, 999, 1000, 1001, 65_535, 999_999, 1_000_000, 1_000_001, 123_456_789, 2 ** 31, Number.MAX_SAFE_INTEGER];
		for (const value of values) expect(formatCount(value)).toBe(value.toLocaleString('en-US'));
	});
});
