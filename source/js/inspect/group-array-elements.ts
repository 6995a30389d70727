// groupArrayElements from Node 20 lib/internal/util/inspect.js: arrays of more than six short
// entries are laid out in aligned columns (numbers right-aligned, anything else left-aligned).
import {typeOf} from './host-reflection.js';
import type {InspectContext} from './inspect-options.js';
import {getStringWidth} from './string-width.js';

export function groupArrayElements(ctx: InspectContext, output: string[], value: unknown): string[] {
	let totalLength = 0;
	let maxLength = 0;
	let outputLength = output.length;
	// Keep the "... n more items" entry out of the measurements.
	if (ctx.maxArrayLength < output.length) outputLength--;
	const separatorSpace = 2; // ", "
	const dataLen: number[] = [];
	for (let i = 0; i < outputLength; i++) {
		const len = getStringWidth(output[i]!);
		dataLen[i] = len;
		totalLength += len + separatorSpace;
		if (maxLength < len) maxLength = len;
	}
	const actualMax = maxLength + separatorSpace;
	// At least three columns must fit, and one long entry among short ones prevents grouping.
	if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
		const approxCharHeights = 2.5;
		const averageBias = Math.sqrt(actualMax - totalLength / output.length);
		const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
		const columns = Math.min(
			// Aim for a square, with characters 2.5 times as high as wide.
			Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
			Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
			Number(ctx.compact) * 4,
			15,
		);
		if (columns <= 1) return output;
		const tmp: string[] = [];
		const maxLineLength: number[] = [];
		for (let i = 0; i < columns; i++) {
			let lineMaxLength = 0;
			for (let j = i; j < output.length; j += columns) {
				if (dataLen[j]! > lineMaxLength) lineMaxLength = dataLen[j]!;
			}
			maxLineLength.push(lineMaxLength + separatorSpace);
		}
		let padStart = true;
		if (value !== undefined) {
			for (let i = 0; i < output.length; i++) {
				const type = typeOf(ctx.host, ctx.host.get(value, String(i)));
				if (type !== 'number' && type !== 'bigint') {
					padStart = false;
					break;
				}
			}
		}
		for (let i = 0; i < outputLength; i += columns) {
			const max = Math.min(i + columns, outputLength);
			let str = '';
			let j = i;
			for (; j < max - 1; j++) {
				const padding = maxLineLength[j - i]! + output[j]!.length - dataLen[j]!;
				str += padStart ? `${output[j]!}, `.padStart(padding, ' ') : `${output[j]!}, `.padEnd(padding, ' ');
			}
			if (padStart) {
				const padding = maxLineLength[j - i]! + output[j]!.length - dataLen[j]! - separatorSpace;
				str += output[j]!.padStart(padding, ' ');
			} else {
				str += output[j]!;
			}
			tmp.push(str);
		}
		if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]!);
		output = tmp;
	}
	return output;
}
