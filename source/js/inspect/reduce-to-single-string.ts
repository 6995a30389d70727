// isBelowBreakLength and reduceToSingleString from Node 20 lib/internal/util/inspect.js.
import {type ExtrasType, kArrayExtrasType} from './extras-type.js';
import {groupArrayElements} from './group-array-elements.js';
import type {InspectContext} from './inspect-options.js';

function isBelowBreakLength(ctx: InspectContext, output: readonly string[], start: number, base: string): boolean {
	// Entries are separated by at least a comma, hence the starting total of `output.length`.
	let totalLength = output.length + start;
	if (totalLength + output.length > ctx.breakLength) return false;
	for (const entry of output) {
		totalLength += entry.length;
		if (totalLength > ctx.breakLength) return false;
	}
	// A base with line breaks (an error's stack) never shares its line with the entries.
	return base === '' || !base.includes('\n');
}

/** Joins the formatted entries: on one line when they fit, else one entry (or one group) per line. */
export function reduceToSingleString(ctx: InspectContext, output: string[], base: string, braces: readonly [string, string], extrasType: ExtrasType, recurseTimes: number, value?: unknown): string {
	if (ctx.compact !== true) {
		if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
			// Grouped output never goes back on a single line.
			const entries = output.length;
			if (extrasType === kArrayExtrasType && entries > 6) {
				output = groupArrayElements(ctx, output, value);
			}
			// `currentDepth` is the innermost depth reached below this value: only the innermost
			// `compact` levels may be combined on one line.
			if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
				// The constant 10 leaves room for what may precede the value on its line.
				const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
				if (isBelowBreakLength(ctx, output, start, base)) {
					const joinedOutput = output.join(', ');
					if (!joinedOutput.includes('\n')) {
						return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput} ${braces[1]}`;
					}
				}
			}
		}
		const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
		return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
	}
	if (isBelowBreakLength(ctx, output, 0, base)) {
		return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
	}
	const indentation = ' '.repeat(ctx.indentationLvl);
	// A long opening brace such as "Set {" pushes the first entry to its own line.
	const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
	return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}
