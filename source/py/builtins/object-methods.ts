import {asyncGeneratorType, bytesType, propertyType, functionType, generatorType, iteratorType, objectType, rangeType, sliceType, floatType, intType, coroutineType, typeType} from '../runtime/builtin-types.js';
import {genericSetAttr, getAttr} from '../runtime/attributes.js';
import {pyEquals} from '../runtime/comparison.js';
import {baseException, baseExceptionGroup, stopIteration, systemExit, typeError} from '../runtime/exception-types.js';
import {PyIteratorObject} from '../runtime/iteration.js';
import {notImplemented, PyExceptionObject} from '../runtime/py-instance.js';
import {PyFunction, PyProperty} from '../runtime/py-callables.js';
import {PyBytes, PyList, PyRange, PySlice, PyTuple} from '../runtime/py-containers.js';
import {PyFloat} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {repr, exceptionStr} from '../runtime/repr.js';
import {newException, raise} from '../runtime/raise.js';
import {objectId} from '../runtime/object-ids.js';
import {typeOf} from '../runtime/type-of.js';
import {PyAsyncGenerator, PyGenerator} from '../interpreter/generators.js';
import {asyncGeneratorStep} from '../interpreter/async-generator-steps.js';
import {groupMembers} from '../interpreter/exception-groups.js';
import {PyNativeCoroutine} from '../runtime/py-native-coroutine.js';
import {defineGetter, defineMethods} from './define.js';

defineMethods(objectType, {
	__init__: () => null,
	__repr__: self => repr(self),
	__str__: self => repr(self),
	__eq__: (self, args) => (self === args[0] ? true : notImplemented),
	__ne__: (self, args) => !pyEquals(self, args[0]!),
	__hash__: self => (typeof self === 'object' && self !== null ? objectId(self) >> 4 : 0),
	__setattr__: (self, args) => {
		genericSetAttr(self, args[0] as string, args[1]!);
		return null;
	},
	__getattribute__: (self, args) => getAttr(self, args[0] as string),
	__format__: self => repr(self),
	__init_subclass__: () => null,
});

defineMethods(typeType, {
	mro: self => new PyTuple((self as PyType).mro),
	__subclasses__: () => new PyTuple([]),
});

defineMethods(baseException, {
	__init__: (self, args) => {
		(self as PyExceptionObject).args = args;
		return null;
	},
	__str__: self => exceptionStr(self as PyExceptionObject),
	with_traceback: self => self,
	// PEP 678: notes live in `__notes__`, a list made by the first note.
	add_note: (self, args) => {
		const note = args[0];
		if (typeof note !== 'string') raise(typeError, `note must be a str, not '${typeOf(note ?? null).name}'`);
		const exception = self as PyExceptionObject;
		let notes = exception.dict.get('__notes__');
		if (notes === undefined) {
			notes = new PyList([]);
			exception.dict.set('__notes__', notes);
		}
		if (!(notes instanceof PyList)) raise(typeError, 'Cannot add note: __notes__ is not a list');
		notes.items.push(note);
		return null;
	},
});
defineGetter(baseException, 'args', self => new PyTuple((self as PyExceptionObject).args), (self, value) => {
	(self as PyExceptionObject).args = (value as PyTuple).items;
});
defineGetter(baseException, '__cause__', self => (self as PyExceptionObject).cause, (self, value) => {
	(self as PyExceptionObject).cause = value as PyExceptionObject | null;
});
defineGetter(baseException, '__context__', self => (self as PyExceptionObject).context);
defineGetter(baseException, '__traceback__', () => null);
defineGetter(baseException, '__suppress_context__', self => (self as PyExceptionObject).suppressContext);
defineGetter(stopIteration, 'value', self => (self as PyExceptionObject).args[0] ?? null);

defineMethods(iteratorType, {
	__iter__: self => self,
	__next__: self => {
		const value = (self as PyIteratorObject).nextValue();
		if (value === undefined) throw newException(stopIteration);
		return value;
	},
});

defineMethods(generatorType, {
	__iter__: self => self,
	__next__: self => (self as PyGenerator).send(null),
	send: (self, args) => (self as PyGenerator).send(args[0] ?? null),
	throw: (self, args) => {
		let exception = args[0]!;
		if (exception instanceof PyType) exception = newException(exception, ...(args[1] !== undefined && args[1] !== null ? [args[1]] : []));
		return (self as PyGenerator).throwIn(exception as PyExceptionObject);
	},
	close: self => {
		(self as PyGenerator).core.close();
		return null;
	},
});

defineMethods(coroutineType, {
	close: () => null,
});

defineGetter(functionType, '__name__', self => (self as PyFunction).name, (self, value) => {
	(self as PyFunction).name = value as string;
});
defineGetter(functionType, '__qualname__', self => (self as PyFunction).qualname, (self, value) => {
	(self as PyFunction).qualname = value as string;
});
defineGetter(functionType, '__module__', () => '__main__');
defineGetter(functionType, '__doc__', self => (self as PyFunction).dict?.get('__doc__') ?? null, (self, value) => {
	const fn = self as PyFunction;
	fn.dict ??= new Map();
	fn.dict.set('__doc__', value);
});

defineGetter(rangeType, 'start', self => (self as PyRange).start);
defineGetter(rangeType, 'stop', self => (self as PyRange).stop);
defineGetter(rangeType, 'step', self => (self as PyRange).step);
defineGetter(sliceType, 'start', self => (self as PySlice).start);
defineGetter(sliceType, 'stop', self => (self as PySlice).stop);
defineGetter(sliceType, 'step', self => (self as PySlice).step);

defineMethods(floatType, {
	is_integer: self => Number.isInteger((self as PyFloat).value),
	__int__: self => Math.trunc((self as PyFloat).value),
	hex: self => (self as PyFloat).value.toString(16),
	as_integer_ratio: self => {
		const value = (self as PyFloat).value;
		let denominator = 1;
		let numerator = value;
		while (!Number.isInteger(numerator)) {
			numerator *= 2;
			denominator *= 2;
		}
		return new PyTuple([numerator, denominator]);
	},
});
defineGetter(floatType, 'real', self => self);
defineGetter(floatType, 'imag', () => new PyFloat(0));
defineMethods(intType, {
	bit_length: self => (self === 0 ? 0 : BigInt(self as number).toString(2).replace('-', '').length),
	to_bytes: () => null,
	conjugate: self => self,
});
defineGetter(intType, 'real', self => self);
defineGetter(intType, 'imag', () => 0);
defineGetter(intType, 'numerator', self => self);
defineGetter(intType, 'denominator', () => 1);


defineMethods(propertyType, {
	getter: (self, args) => new PyProperty(args[0]!, (self as PyProperty).fset, (self as PyProperty).fdel, (self as PyProperty).doc),
	setter: (self, args) => new PyProperty((self as PyProperty).fget, args[0]!, (self as PyProperty).fdel, (self as PyProperty).doc),
	deleter: (self, args) => new PyProperty((self as PyProperty).fget, (self as PyProperty).fset, args[0]!, (self as PyProperty).doc),
});
defineGetter(propertyType, 'fget', self => (self as PyProperty).fget);

defineGetter(systemExit, 'code', self => (self as PyExceptionObject).args[0] ?? null);

defineMethods(bytesType, {
	decode: self => new TextDecoder().decode((self as PyBytes).bytes),
	hex: self => [...(self as PyBytes).bytes].map(byte => byte.toString(16).padStart(2, '0')).join(''),
});

defineMethods(asyncGeneratorType, {
	__aiter__: self => self,
	__anext__: self => new PyNativeCoroutine(asyncGeneratorStep(self as PyAsyncGenerator, {kind: 'next', value: null}), `${(self as PyAsyncGenerator).qualname}.__anext__`),
	asend: (self, args) => new PyNativeCoroutine(asyncGeneratorStep(self as PyAsyncGenerator, {kind: 'next', value: args[0] ?? null}), 'asend'),
	athrow: (self, args) => {
		let exception = args[0]!;
		if (exception instanceof PyType) exception = newException(exception);
		return new PyNativeCoroutine(asyncGeneratorStep(self as PyAsyncGenerator, {kind: 'throw', exception: exception as PyExceptionObject}), 'athrow');
	},
	aclose: self => new PyNativeCoroutine(asyncGeneratorStep(self as PyAsyncGenerator, {kind: 'close'}), 'aclose'),
});

defineGetter(baseExceptionGroup, 'exceptions', self => new PyTuple(groupMembers(self as PyExceptionObject)));
defineGetter(baseExceptionGroup, 'message', self => (self as PyExceptionObject).args[0] ?? '');
defineMethods(baseExceptionGroup, {
	__str__: self => {
		const count = groupMembers(self as PyExceptionObject).length;
		return `${String((self as PyExceptionObject).args[0] ?? '')} (${count} sub-exception${count === 1 ? '' : 's'})`;
	},
});
