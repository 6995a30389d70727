// Routes Ink's `string-width` (version 8) through source/ui/terminal/cell-width.ts: strings made of
// characters with a fixed, known width are summed at once, and only the rest reach string-width's
// grapheme segmentation and emoji regexes, whose first runs cost tens of milliseconds. string-width
// itself is required on first need (esbuild then evaluates it lazily), since merely creating its
// `\p{RGI_Emoji}` expression costs about 18 ms. Other versions of string-width (wrap-ansi's 7) are
// left alone: the table was checked against version 8 only.
import {readFileSync} from 'node:fs';
import path from 'node:path';

const cellWidth = path.resolve('source/ui/terminal/cell-width.ts');

export const fastStringWidth = {
	name: 'fast-string-width',
	setup(build) {
		build.onResolve({filter: /^string-width$/}, async ({resolveDir, kind, pluginData}) => {
			if (pluginData?.original) return undefined;
			const resolved = await build.resolve('string-width', {resolveDir, kind, pluginData: {original: true}});
			if (resolved.errors.length > 0) return {errors: resolved.errors};
			const {version} = JSON.parse(readFileSync(path.join(path.dirname(resolved.path), 'package.json'), 'utf8'));
			if (!version.startsWith('8.')) return {path: resolved.path};
			return {path: resolved.path, namespace: 'fast-string-width'};
		});
		build.onLoad({filter: /.*/, namespace: 'fast-string-width'}, ({path: original}) => ({
			resolveDir: path.dirname(original),
			contents: [
				`import {simpleCellWidth} from ${JSON.stringify(cellWidth)};`,
				'let stringWidth;',
				'export default function fastStringWidth(text, options) {',
				"\tconst simple = options === undefined && typeof text === 'string' ? simpleCellWidth(text) : undefined;",
				`\treturn simple ?? (stringWidth ??= require(${JSON.stringify(original)}).default)(text, options);`,
				'}',
			].join('\n'),
		}));
	},
};
