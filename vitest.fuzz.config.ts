import {defineConfig} from 'vitest/config';

// `npm run fuzz`: the long robustness campaigns, kept out of `npm test` by their .fuzz.ts suffix.
export default defineConfig({
	test: {
		include: ['test/robustness/**/*.fuzz.ts'],
		testTimeout: 60 * 60_000,
		hookTimeout: 60 * 60_000,
		pool: 'forks',
	},
});
