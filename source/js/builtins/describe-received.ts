import {JSFunction} from '../values/js-function.js';
import {JSObject} from '../values/js-object.js';
import {createError} from '../runtime/errors.js';
import {ThrowCompletion} from '../runtime/throw-completion.js';
import {Property, hiddenFlags} from '../values/property.js';
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

/**
 * Node's ERR_INVALID_ARG_TYPE (lib/internal/errors.js): a TypeError with an own `code`, whose stack
 * names the code (`TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be ...`).
 */
export function throwInvalidArgType(name: string, expected: string, value: Value): never {
	const message = `The "${name}" argument must be of type ${expected}. Received ${describeReceived(value)}`;
	const error = createError('TypeError', message);
	error.props.set('stack', new Property(`TypeError [ERR_INVALID_ARG_TYPE]: ${message}`, hiddenFlags));
	error.put('code', 'ERR_INVALID_ARG_TYPE');
	throw new ThrowCompletion(error);
}
