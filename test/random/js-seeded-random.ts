import {createRandom} from '../support/seeded-random.js';

/** Seeded choices (mulberry32 underneath): the same seed always yields the same program. */
export class SeededRandom {
	private readonly random: () => number;

	constructor(seed: number) {
		this.random = createRandom(seed);
	}

	/** A float in [0, 1). */
	next(): number {
		return this.random();
	}

	/** An integer in [low, high]. */
	int(low: number, high: number): number {
		return low + Math.floor(this.next() * (high - low + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)]!;
	}

	/** One of the entries, chosen with probability proportional to its weight. */
	weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
		const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
		let point = this.next() * total;
		for (const [value, weight] of entries) {
			point -= weight;
			if (point < 0) return value;
		}
		return entries[entries.length - 1]![0];
	}
}
