import {floatTypeRef} from './py-object.js';
import {PyType, typeTypeRef} from './py-type.js';

/** The builtin classes. Their methods are installed by source/py/builtins at start-up. */
export const objectType = new PyType('object', [], true);
export const typeType = new PyType('type', [objectType], true);
typeTypeRef.type = typeType;
export const intType = new PyType('int', [objectType], true);
export const boolType = new PyType('bool', [intType], true);
export const floatType = new PyType('float', [objectType], true);
floatTypeRef.type = floatType;
export const strType = new PyType('str', [objectType], true);
export const bytesType = new PyType('bytes', [objectType], true);
export const listType = new PyType('list', [objectType], true);
export const tupleType = new PyType('tuple', [objectType], true);
export const dictType = new PyType('dict', [objectType], true);
export const setType = new PyType('set', [objectType], true);
export const frozensetType = new PyType('frozenset', [objectType], true);
export const noneType = new PyType('NoneType', [objectType], true);
export const rangeType = new PyType('range', [objectType], true);
export const sliceType = new PyType('slice', [objectType], true);
export const functionType = new PyType('function', [objectType], true);
export const builtinFunctionType = new PyType('builtin_function_or_method', [objectType], true);
export const methodType = new PyType('method', [objectType], true);
export const generatorType = new PyType('generator', [objectType], true);
export const coroutineType = new PyType('coroutine', [objectType], true);
export const asyncGeneratorType = new PyType('async_generator', [objectType], true);
export const moduleType = new PyType('module', [objectType], true);
export const propertyType = new PyType('property', [objectType], true);
export const staticmethodType = new PyType('staticmethod', [objectType], true);
export const classmethodType = new PyType('classmethod', [objectType], true);
export const superType = new PyType('super', [objectType], true);
export const notImplementedType = new PyType('NotImplementedType', [objectType], true);
export const ellipsisType = new PyType('ellipsis', [objectType], true);
export const iteratorType = new PyType('iterator', [objectType], true);
export const enumerateType = new PyType('enumerate', [objectType], true);
export const zipType = new PyType('zip', [objectType], true);
export const mapType = new PyType('map', [objectType], true);
export const filterType = new PyType('filter', [objectType], true);
export const reversedType = new PyType('reversed', [objectType], true);

/** Every builtin class reachable by name from Python code. */
export const builtinTypesByName: ReadonlyMap<string, PyType> = new Map(
	[objectType, typeType, intType, boolType, floatType, strType, bytesType, listType, tupleType, dictType, setType, frozensetType, rangeType, sliceType, propertyType, staticmethodType, classmethodType, superType, enumerateType, zipType, mapType, filterType, reversedType].map(type => [type.name, type]),
);
