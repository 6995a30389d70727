import {surroundingAgent} from '../runtime/agent.js';
import {createError, throwTypeError} from '../runtime/errors.js';
import {errorNames, type ErrorName} from '../runtime/realm.js';
import {JSObject} from '../values/js-object.js';
import {createArray, get, prototypeFromConstructor} from '../values/object-operations.js';
import {Property, hiddenFlags} from '../values/property.js';
import {iterableToList} from '../values/iterator-operations.js';
import {toString} from '../values/type-conversion.js';
import type {Value} from '../values/value.js';
import {arg, defineConstructor, defineMethod, defineValue, plainObject} from './define.js';

/** InstallErrorCause (§20.5.8.1). */
function installCause(error: JSObject, options: Value): void {
	if (options instanceof JSObject && options.getOwn('cause') !== undefined) error.defineOwn('cause', new Property(get(options, 'cause'), hiddenFlags));
}

/** Error, the NativeErrors and AggregateError (§20.5). */
export function installErrors(global: JSObject): void {
	const realm = surroundingAgent.realm;
	const errorPrototype = plainObject();
	let errorConstructor: JSObject | undefined;
	for (const name of errorNames) {
		const proto = name === 'Error' ? errorPrototype : plainObject(errorPrototype);
		realm.errorPrototypes.set(name as ErrorName, proto);
		const isAggregate = name === 'AggregateError';
		const constructor = defineConstructor(
			global,
			name,
			isAggregate ? 2 : 1,
			(_this, args, newTarget) => {
				const messageIndex = isAggregate ? 1 : 0;
				const message = arg(args, messageIndex);
				const error = createError(name, message === undefined ? '' : toString(message), prototypeFromConstructor(newTarget, proto));
				if (message === undefined) error.props.delete('message');
				installCause(error, arg(args, messageIndex + 1));
				if (isAggregate) error.defineOwn('errors', new Property(createArray(iterableToList(arg(args, 0), true)), hiddenFlags));
				return error;
			},
			proto,
		);
		if (name === 'Error') errorConstructor = constructor;
		else constructor.proto = errorConstructor!;
		defineValue(proto, 'name', name);
		defineValue(proto, 'message', '');
	}
	defineMethod(errorPrototype, 'toString', 0, self => {
		if (!(self instanceof JSObject)) throwTypeError('Error.prototype.toString called on non-object');
		const name = get(self, 'name');
		const message = get(self, 'message');
		const nameText = name === undefined ? 'Error' : toString(name);
		const messageText = message === undefined ? '' : toString(message);
		if (!nameText) return messageText;
		return messageText ? `${nameText}: ${messageText}` : nameText;
	});
	defineMethod(errorConstructor!, 'captureStackTrace', 1, () => undefined);
}
