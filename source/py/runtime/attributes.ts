import {attributeError, typeError} from './exception-types.js';
import {PyBoundMethod, PyClassMethod, PyFunction, PyGetSetDescriptor, PyMethodDescriptor, PyProperty, PyStaticMethod} from './py-callables.js';
import {PyInstance, PyModule, PySuper} from './py-instance.js';
import {PyObject, type PyValue} from './py-object.js';
import {PyType} from './py-type.js';
import {raise} from './raise.js';
import {typeOf} from './type-of.js';
import {callObject} from './call.js';
import {specialTypeAttribute} from './type-attributes.js';
import {stringDict} from './dict-ops.js';

/** Binds what the class holds to the object it was reached through (the descriptor protocol). */
export function bindDescriptor(descriptor: PyValue, obj: PyValue, type: PyType): PyValue {
	if (descriptor instanceof PyFunction) return new PyBoundMethod(obj, descriptor);
	if (descriptor instanceof PyMethodDescriptor) return descriptor.bind(obj);
	if (descriptor instanceof PyProperty) {
		if (descriptor.fget === null) raise(attributeError, `property object has no getter`);
		return callObject(descriptor.fget, [obj]);
	}
	if (descriptor instanceof PyGetSetDescriptor) return descriptor.get(obj);
	if (descriptor instanceof PyClassMethod) return new PyBoundMethod(type, descriptor.func);
	if (descriptor instanceof PyStaticMethod) return descriptor.func;
	if (descriptor instanceof PyInstance) {
		const get = descriptor.type.lookup('__get__');
		if (get !== undefined) return callObject(get, [descriptor, obj, type]);
	}
	return descriptor;
}

function isDataDescriptor(value: PyValue): boolean {
	if (value instanceof PyProperty || value instanceof PyGetSetDescriptor) return true;
	return value instanceof PyInstance && value.type.lookup('__set__') !== undefined;
}

/** `getattr(obj, name)`; raises AttributeError with CPython's message. */
export function getAttr(obj: PyValue, name: string): PyValue {
	const found = findAttr(obj, name);
	if (found !== undefined) return found;
	return raiseMissing(obj, name);
}

export function raiseMissing(obj: PyValue, name: string): never {
	if (obj instanceof PyModule) raise(attributeError, `module '${obj.name}' has no attribute '${name}'`);
	if (obj instanceof PyType) raise(attributeError, `type object '${obj.name}' has no attribute '${name}'`);
	return raise(attributeError, `'${typeOf(obj).name}' object has no attribute '${name}'`);
}

/** `getattr(obj, name)` or undefined when missing (`__getattr__` is consulted). */
export function findAttr(obj: PyValue, name: string): PyValue | undefined {
	if (obj instanceof PyType) return findTypeAttr(obj, name);
	if (obj instanceof PyModule) return obj.dict.get(name);
	if (obj instanceof PySuper) return findSuperAttr(obj, name);
	const type = typeOf(obj);
	const descriptor = type.lookup(name);
	if (descriptor !== undefined && isDataDescriptor(descriptor)) return bindDescriptor(descriptor, obj, type);
	if (obj instanceof PyObject && obj.dict !== undefined) {
		const own = obj.dict.get(name);
		if (own !== undefined) return own;
	}
	if (descriptor !== undefined) return bindDescriptor(descriptor, obj, type);
	if (name === '__class__') return type;
	if (name === '__dict__' && obj instanceof PyObject && obj.dict) return stringDict(obj.dict);
	const getattr = type.lookup('__getattr__');
	if (getattr !== undefined) {
		return callObject(getattr, [obj, name]);
	}
	return undefined;
}

function findTypeAttr(cls: PyType, name: string): PyValue | undefined {
	for (const klass of cls.mro) {
		const value = klass.dict.get(name);
		if (value === undefined) continue;
		if (value instanceof PyClassMethod) return new PyBoundMethod(cls, value.func);
		if (value instanceof PyStaticMethod) return value.func;
		if (value instanceof PyInstance) {
			const get = value.type.lookup('__get__');
			if (get !== undefined) return callObject(get, [value, null, cls]);
		}
		return value;
	}
	const special = specialTypeAttribute(cls, name);
	if (special !== undefined) return special;
	const metaValue = cls.cls.lookup(name);
	if (metaValue !== undefined) return bindDescriptor(metaValue, cls, cls.cls);
	return undefined;
}

function findSuperAttr(sup: PySuper, name: string): PyValue | undefined {
	const mro = sup.startType.mro;
	const start = mro.indexOf(sup.thisClass);
	for (let index = start + 1; index < mro.length; index++) {
		const value = mro[index]!.dict.get(name);
		if (value === undefined) continue;
		if (sup.obj === sup.startType && value instanceof PyFunction) return value;
		return bindDescriptor(value, sup.obj, sup.startType);
	}
	return undefined;
}

/** `obj.name = value`. */
export function setAttr(obj: PyValue, name: string, value: PyValue): void {
	if (obj instanceof PyType) {
		if (obj.builtin) raise(typeError, `cannot set '${name}' attribute of immutable type '${obj.name}'`);
		obj.dict.set(name, value);
		return;
	}
	const type = typeOf(obj);
	const descriptor = type.lookup(name);
	if (descriptor instanceof PyProperty) {
		if (descriptor.fset === null) raise(attributeError, `property '${name}' of '${type.name}' object has no setter`);
		callObject(descriptor.fset, [obj, value]);
		return;
	}
	if (descriptor instanceof PyGetSetDescriptor && descriptor.set) {
		descriptor.set(obj, value);
		return;
	}
	if (descriptor instanceof PyInstance) {
		const set = descriptor.type.lookup('__set__');
		if (set !== undefined) {
			callObject(set, [descriptor, obj, value]);
			return;
		}
	}
	const setattr = type.lookup('__setattr__');
	if (setattr !== undefined && !(setattr instanceof PyMethodDescriptor)) {
		callObject(setattr, [obj, name, value]);
		return;
	}
	genericSetAttr(obj, name, value);
}

/** `object.__setattr__`: store in the instance dict. */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue): void {
	if (obj instanceof PyObject && obj.dict !== undefined) {
		if (obj instanceof PyInstance && frozenHooks.isFrozen(obj)) raise(frozenHooks.error(), `cannot assign to field '${name}'`);
		obj.dict.set(name, value);
		return;
	}
	if (obj instanceof PyFunction || obj instanceof PyModule) {
		obj.dict ??= new Map();
		obj.dict.set(name, value);
		return;
	}
	raise(attributeError, `'${typeOf(obj).name}' object has no attribute '${name}'`);
}

/** `@dataclass(frozen=True)` instances refuse assignment; dataclasses.ts fills these in. */
export const frozenHooks: {isFrozen: (obj: PyInstance) => boolean; error: () => PyType} = {
	isFrozen: () => false,
	error: () => attributeError,
};

export function delAttr(obj: PyValue, name: string): void {
	const type = typeOf(obj);
	const descriptor = type.lookup(name);
	if (descriptor instanceof PyProperty && descriptor.fdel !== null) {
		callObject(descriptor.fdel, [obj]);
		return;
	}
	if (obj instanceof PyObject && obj.dict?.delete(name)) return;
	raiseMissing(obj, name);
}
