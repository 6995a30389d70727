// A seeded generator of nested values that stress the layout rules: sizes around the break length,
// more than six entries, long strings, deep nesting.

const alphabet = "abcdefghijklmnopqrstuvwxyz_ABC019-' \"\n\t`$日";
const keyWords = ['id', 'name', 'value', 'items', 'x', 'longerPropertyName', 'a-b', '1', '42', 'with space', 'ok'];

export function randomValue(random: () => number, depth = 0): unknown {
	const int = (n: number): number => Math.floor(random() * n);
	const choice = int(depth > 4 ? 6 : 12);
	switch (choice) {
		case 0: return int(2) === 0 ? int(1000) - 500 : int(10) ** int(12);
		case 1: return [0.5, -0, Number.NaN, -1.25e-7, 1e21, Number.POSITIVE_INFINITY][int(6)];
		case 2: {
			const length = [0, 1, 5, 12, 20, 40, 70, 90][int(8)]!;
			return Array.from({length}, () => alphabet[int(alphabet.length)]).join('');
		}
		case 3: return [true, false, null, undefined][int(4)];
		case 4: return BigInt(int(100_000));
		case 5: return int(3) === 0 ? 'short' : `${'word '.repeat(int(8))}`;
		case 6:
		case 7: {
			const length = [0, 1, 2, 3, 6, 7, 8, 10, 16, 27, 50, 101][int(12)]!;
			const kind = int(3);
			const array = Array.from({length}, () => (kind === 0 ? int(10) ** int(5) : kind === 1 ? `s${int(1000)}` : randomValue(random, depth + 1)));
			if (length > 3 && int(5) === 0) delete array[int(length)];
			return array;
		}
		case 8:
		case 9: {
			const count = [0, 1, 2, 4, 6, 7, 9, 14][int(8)]!;
			const object: Record<string, unknown> = {};
			for (let i = 0; i < count; i++) object[`${keyWords[int(keyWords.length)]}${i}`] = randomValue(random, depth + 1);
			return object;
		}
		case 10: {
			const size = int(5);
			return int(2) === 0
				? new Map(Array.from({length: size}, (_, i) => [`k${i}`, randomValue(random, depth + 1)]))
				: new Set(Array.from({length: size}, () => randomValue(random, depth + 1)));
		}
		default: {
			class Point {
				constructor(readonly x: unknown, readonly y: unknown) {}
			}
			return new Point(randomValue(random, depth + 1), randomValue(random, depth + 1));
		}
	}
}
