import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import type {Value} from '../values/value.js';

/** The "Received ..." tail of Node's ERR_INVALID_ARG_TYPE messages (lib/internal/errors.js). */
export function describeReceived(value: Value): string {
	if (value === undefined || value === null) return String(value);
	if (value instanceof JSFunction) return `function ${value.displayName}`;
	if (value instanceof JSObject) return 'an instance of Object';
	if (typeof value === 'string') return `type string ('${value.length > 25 ? `${value.slice(0, 25)}...` : value}')`;
	if (typeof value === 'symbol') return `type symbol (${value.toString()})`;
	return `type ${typeof value} (${String(value)}${typeof value === 'bigint' ? 'n' : ''})`;
}
