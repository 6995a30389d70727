import {builtinFunction, defineMethods, kwarg} from '../builtins/define.js';
import {frozenHooks, getAttr} from '../runtime/attributes.js';
import {callObject} from '../runtime/call.js';
import {pyEquals, pyOrder, type OrderOp} from '../runtime/comparison.js';
import {attributeError, typeError} from '../runtime/exception-types.js';
import {hashKey} from '../runtime/hash-key.js';
import {PyBuiltinFunction} from '../runtime/py-callables.js';
import {PyDict, PyList, PyTuple} from '../runtime/py-containers.js';
import {notImplemented, PyInstance, PyModule} from '../runtime/py-instance.js';
import {PyObject, type Kwargs, type PyValue} from '../runtime/py-object.js';
import {PyType} from '../runtime/py-type.js';
import {raise} from '../runtime/raise.js';
import {repr} from '../runtime/repr.js';
import {truthy} from '../runtime/truthiness.js';
import {moduleClass} from './native-object.js';

const fieldType = moduleClass('Field', 'dataclasses');
const frozenInstanceError = new PyType('FrozenInstanceError', [attributeError], true);
frozenInstanceError.module = 'dataclasses';

/** `dataclasses.field(...)`. */
class PyField extends PyObject {
	name = '';

	constructor(
		readonly defaultValue: PyValue | undefined,
		readonly defaultFactory: PyValue | undefined,
		readonly inRepr: boolean,
		readonly inCompare: boolean,
		readonly inInit: boolean,
	) {
		super();
	}

	get cls(): PyType {
		return fieldType;
	}

	describe(): string {
		return `Field(name=${repr(this.name)})`;
	}
}

interface Options {
	readonly frozen: boolean;
	readonly order: boolean;
	readonly eq: boolean;
	readonly repr: boolean;
	readonly init: boolean;
}

const frozenClasses = new WeakSet<PyType>();
const fieldsOf = new WeakMap<PyType, PyField[]>();
const initializing = new WeakSet<PyInstance>();

frozenHooks.isFrozen = obj => !initializing.has(obj) && obj.type.mro.some(klass => frozenClasses.has(klass));
frozenHooks.error = () => frozenInstanceError;

function collectFields(cls: PyType): PyField[] {
	const fields: PyField[] = [];
	for (const klass of [...cls.mro].reverse()) {
		const inherited = fieldsOf.get(klass);
		if (inherited && klass !== cls) for (const field of inherited) if (!fields.some(existing => existing.name === field.name)) fields.push(field);
	}
	const annotations = cls.dict.get('__annotations__');
	if (!(annotations instanceof PyDict)) return fields;
	for (const entry of annotations.map.values()) {
		const name = entry.key as string;
		const annotation = entry.value;
		if (annotation === 'ClassVar') continue;
		const declared = cls.dict.get(name);
		let field: PyField;
		if (declared instanceof PyField) field = declared;
		else field = new PyField(declared, undefined, true, true, true);
		field.name = name;
		if (declared instanceof PyField) {
			if (declared.defaultValue !== undefined) cls.dict.set(name, declared.defaultValue);
			else cls.dict.delete(name);
		}
		const existing = fields.findIndex(other => other.name === name);
		if (existing >= 0) fields[existing] = field;
		else fields.push(field);
	}
	return fields;
}

function values(obj: PyValue, fields: readonly PyField[]): PyTuple {
	return new PyTuple(fields.filter(field => field.inCompare).map(field => getAttr(obj, field.name)));
}

/** The body of `@dataclass`: generated `__init__`, `__repr__`, `__eq__`, ordering and hashing. */
function processClass(cls: PyType, options: Options): PyType {
	const fields = collectFields(cls);
	fieldsOf.set(cls, fields);
	const owner = cls;
	const method = (name: string, fn: (self: PyValue, args: PyValue[], kwargs: Kwargs | null) => PyValue) => {
		if (owner.dict.has(name) && name !== '__hash__') return;
		defineMethods(owner, {[name]: fn});
	};
	if (options.init) {
		method('__init__', (self, args, kwargs) => {
			const instance = self as PyInstance;
			const initFields = fields.filter(field => field.inInit);
			if (args.length > initFields.length) raise(typeError, `${cls.qualname}.__init__() takes ${initFields.length + 1} positional arguments but ${args.length + 1} were given`);
			initializing.add(instance);
			try {
				const missing: string[] = [];
				initFields.forEach((field, index) => {
					let value: PyValue | undefined = index < args.length ? args[index] : kwargs?.get(field.name);
					if (value === undefined) {
						if (field.defaultFactory !== undefined) value = callObject(field.defaultFactory, []);
						else value = field.defaultValue;
					}
					if (value === undefined) missing.push(field.name);
					else instance.dict.set(field.name, value);
				});
				for (const key of kwargs?.keys() ?? []) if (!initFields.some(field => field.name === key)) raise(typeError, `${cls.qualname}.__init__() got an unexpected keyword argument '${key}'`);
				if (missing.length > 0) raise(typeError, `${cls.qualname}.__init__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${missing.map(name => `'${name}'`).join(missing.length === 2 ? ' and ' : ', ')}`);
				for (const field of fields) if (!field.inInit && field.defaultFactory !== undefined) instance.dict.set(field.name, callObject(field.defaultFactory, []));
				const post = cls.lookup('__post_init__');
				if (post !== undefined) callObject(post, [instance]);
			} finally {
				initializing.delete(instance);
			}
			return null;
		});
	}
	if (options.repr) method('__repr__', self => `${cls.qualname}(${fields.filter(field => field.inRepr).map(field => `${field.name}=${repr(getAttr(self, field.name))}`).join(', ')})`);
	if (options.eq) {
		method('__eq__', (self, args) => {
			const other = args[0]!;
			if (!(other instanceof PyInstance) || other.type !== (self as PyInstance).type) return notImplemented;
			return pyEquals(values(self, fields), values(other, fields));
		});
	}
	if (options.order) {
		for (const [name, op] of [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
			method(name, (self, args) => {
				const other = args[0]!;
				if (!(other instanceof PyInstance) || other.type !== (self as PyInstance).type) return notImplemented;
				return pyOrder(op as OrderOp, values(self, fields), values(other, fields));
			});
		}
	}
	if (options.frozen) {
		frozenClasses.add(cls);
		if (options.eq) defineMethods(cls, {__hash__: self => String(hashKey(values(self, fields)))});
	} else if (options.eq && !cls.dict.has('__hash__')) cls.dict.set('__hash__', null);
	cls.dict.set('__dataclass_fields__', new PyDict());
	return cls;
}

function dataclass(args: PyValue[], kwargs: Kwargs | null): PyValue {
	const options: Options = {
		frozen: truthy(kwarg(kwargs, 'frozen', false)),
		order: truthy(kwarg(kwargs, 'order', false)),
		eq: truthy(kwarg(kwargs, 'eq', true)),
		repr: truthy(kwarg(kwargs, 'repr', true)),
		init: truthy(kwarg(kwargs, 'init', true)),
	};
	if (args[0] instanceof PyType) return processClass(args[0], options);
	return new PyBuiltinFunction('wrap', inner => processClass(inner[0] as PyType, options));
}

function asdict(value: PyValue): PyValue {
	if (value instanceof PyInstance && fieldsOf.has(value.type)) {
		const dict = new PyDict();
		for (const field of fieldsOf.get(value.type)!) dict.map.set(field.name, {key: field.name, value: asdict(getAttr(value, field.name))});
		return dict;
	}
	if (value instanceof PyList) return new PyList(value.items.map(asdict));
	if (value instanceof PyTuple) return new PyTuple(value.items.map(asdict));
	if (value instanceof PyDict) {
		const dict = new PyDict();
		for (const [key, entry] of value.map) dict.map.set(key, {key: entry.key, value: asdict(entry.value)});
		return dict;
	}
	return value;
}

export function dataclassesModule(): PyModule {
	return new PyModule('dataclasses', [
		['dataclass', builtinFunction('dataclass', dataclass)],
		['field', builtinFunction('field', (_args, kwargs) => new PyField(kwargs?.get('default'), kwargs?.get('default_factory'), truthy(kwarg(kwargs, 'repr', true)), truthy(kwarg(kwargs, 'compare', true)), truthy(kwarg(kwargs, 'init', true))))],
		['asdict', builtinFunction('asdict', args => asdict(args[0]!))],
		['astuple', builtinFunction('astuple', args => new PyTuple((fieldsOf.get((args[0] as PyInstance).type) ?? []).map(field => asdict(getAttr(args[0]!, field.name)))))],
		['fields', builtinFunction('fields', args => new PyTuple(fieldsOf.get(args[0] instanceof PyType ? args[0] : (args[0] as PyInstance).type) ?? []))],
		['is_dataclass', builtinFunction('is_dataclass', args => fieldsOf.has(args[0] instanceof PyType ? args[0] : (args[0] as PyInstance).type))],
		['replace', builtinFunction('replace', (args, kwargs) => {
			const obj = args[0] as PyInstance;
			const fields = fieldsOf.get(obj.type) ?? [];
			const values = new Map<string, PyValue>(fields.map(field => [field.name, kwargs?.get(field.name) ?? getAttr(obj, field.name)]));
			return callObject(obj.type, [], values);
		})],
		['FrozenInstanceError', frozenInstanceError],
	]);
}
