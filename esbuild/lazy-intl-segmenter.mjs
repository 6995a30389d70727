// Several of Ink's dependencies (string-width, slice-ansi, @alcalzone/ansi-tokenize) create an
// `Intl.Segmenter` when they load; the first one loads ICU's break-iteration data, about 20 ms of
// every start. This plugin gives each of them source/ui/terminal/lazy-segmenter.ts instead, which
// segments ASCII itself and makes the real segmenter on first need. It fails the build if a module
// uses its segmenter other than through `segment()`.
import {readFile} from 'node:fs/promises';
import path from 'node:path';

const declaration = /^(const|let|var) (\w+) = new Intl\.Segmenter\(([^)]*)\);$/gm;
const lazySegmenter = path.resolve('source/ui/terminal/lazy-segmenter.ts');

export const lazyIntlSegmenter = {
	name: 'lazy-intl-segmenter',
	setup(build) {
		build.onLoad({filter: /[\\/]node_modules[\\/].*\.js$/}, async ({path: file}) => {
			const text = await readFile(file, 'utf8');
			if (!text.includes('new Intl.Segmenter(')) return undefined;
			const code = text.replace(/^\s*(\/\/|\/?\*).*$/gm, '');
			const contents = text.replace(declaration, (_, keyword, name, parameters) => {
				const uses = code.match(new RegExp(`\\b${name}\\b(?!\\s*=\\s*new Intl)`, 'g')) ?? [];
				const segmentCalls = code.match(new RegExp(`\\b${name}\\.segment\\(`, 'g')) ?? [];
				if (uses.length !== segmentCalls.length) throw new Error(`lazy-intl-segmenter: ${file} uses ${name} other than through segment()`);
				return `${keyword} ${name} = lazySegmenter(${parameters});`;
			});
			if (contents.includes('new Intl.Segmenter(')) throw new Error(`lazy-intl-segmenter: ${file} creates a segmenter this plugin cannot replace`);
			return {contents: `import {lazySegmenter} from ${JSON.stringify(lazySegmenter)};\n${contents}`, loader: 'js', resolveDir: path.dirname(file)};
		});
	},
};
