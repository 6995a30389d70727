/**
 * MT19937 as CPython's `_randommodule.c` uses it, so `random.seed(n)` gives CPython's sequences:
 * `init_by_array` with the seed's 32-bit words, `random()` from two draws (53 bits).
 */
export class MersenneTwister {
	private readonly state = new Uint32Array(624);
	private index = 625;

	seed(seed: bigint): void {
		let value = seed < 0n ? -seed : seed;
		const key: number[] = [];
		do {
			key.push(Number(value & 0xffffffffn));
			value >>= 32n;
		} while (value > 0n);
		this.initByArray(key);
	}

	private initGenrand(seed: number): void {
		const mt = this.state;
		mt[0] = seed >>> 0;
		for (let i = 1; i < 624; i++) {
			const previous = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
			mt[i] = (Math.imul(1812433253, previous) + i) >>> 0;
		}
		this.index = 624;
	}

	private initByArray(key: readonly number[]): void {
		const mt = this.state;
		this.initGenrand(19650218);
		let i = 1;
		let j = 0;
		for (let k = Math.max(624, key.length); k > 0; k--) {
			const previous = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
			mt[i] = ((mt[i]! ^ Math.imul(previous, 1664525)) + key[j]! + j) >>> 0;
			i++;
			j++;
			if (i >= 624) {
				mt[0] = mt[623]!;
				i = 1;
			}
			if (j >= key.length) j = 0;
		}
		for (let k = 623; k > 0; k--) {
			const previous = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
			mt[i] = ((mt[i]! ^ Math.imul(previous, 1566083941)) - i) >>> 0;
			i++;
			if (i >= 624) {
				mt[0] = mt[623]!;
				i = 1;
			}
		}
		mt[0] = 0x80000000;
	}

	/** `genrand_uint32`. */
	next32(): number {
		const mt = this.state;
		if (this.index >= 624) {
			if (this.index === 625) this.initGenrand(5489);
			for (let k = 0; k < 624; k++) {
				const y = (mt[k]! & 0x80000000) | (mt[(k + 1) % 624]! & 0x7fffffff);
				mt[k] = mt[(k + 397) % 624]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
			}
			this.index = 0;
		}
		let y = mt[this.index++]!;
		y ^= y >>> 11;
		y ^= (y << 7) & 0x9d2c5680;
		y ^= (y << 15) & 0xefc60000;
		y ^= y >>> 18;
		return y >>> 0;
	}

	/** `random.random()`: 53 random bits in [0, 1). */
	random(): number {
		const a = this.next32() >>> 5;
		const b = this.next32() >>> 6;
		return (a * 67108864 + b) / 9007199254740992;
	}

	/** `getrandbits(k)`. */
	getrandbits(k: number): bigint {
		if (k <= 32) return BigInt(this.next32() >>> (32 - k));
		let result = 0n;
		let shift = 0n;
		for (let remaining = k; remaining > 0; remaining -= 32) {
			let word = this.next32();
			if (remaining < 32) word >>>= 32 - remaining;
			result |= BigInt(word) << shift;
			shift += 32n;
		}
		return result;
	}

	/** `_randbelow_with_getrandbits(n)`. */
	below(n: number): number {
		if (n <= 0) return 0;
		const k = n.toString(2).length;
		let r = Number(this.getrandbits(k));
		while (r >= n) r = Number(this.getrandbits(k));
		return r;
	}
}
