import {PyObject, type PyValue} from './py-object.js';

/** What calling a builtin type does: `int('3')`, `list(x)`, `Exception('m')`. */
export type NativeConstructor = (cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue;

/**
 * A class: builtin (`int`, `list`, `ValueError`) or defined by the program. `mro` is the C3
 * linearisation, `dict` the class namespace.
 */
export class PyType extends PyObject {
	mro: PyType[] = [];
	override readonly dict: Map<string, PyValue> = new Map();
	/** For builtin types: how instances are made. User classes inherit their nearest builtin base's. */
	nativeNew: NativeConstructor | undefined;
	/** Where reprs say the class lives: `builtins`, `__main__`, `asyncio.exceptions`. */
	module = 'builtins';
	qualname: string;
	/** The type of this class object (`type` unless a metaclass is given). */
	meta: PyType | undefined;
	/** Builtin types whose instances reject new attributes (`'int' object has no attribute 'x'`). */
	readonly builtin: boolean;

	constructor(
		public name: string,
		public bases: PyType[],
		builtin: boolean,
	) {
		super();
		this.qualname = name;
		this.builtin = builtin;
		this.mro = linearize(this);
	}

	get cls(): PyType {
		return this.meta ?? typeTypeRef.type!;
	}

	/** Looks a name up along the MRO, as `_PyType_Lookup` does. */
	lookup(name: string): PyValue | undefined {
		const mro = this.mro;
		for (let index = 0; index < mro.length; index++) {
			const value = mro[index]!.dict.get(name);
			if (value !== undefined) return value;
		}
		return undefined;
	}

	isSubtypeOf(other: PyType): boolean {
		if (this === other) return true;
		return this.mro.includes(other);
	}
}

export const typeTypeRef: {type: PyType | undefined} = {type: undefined};

/** C3 linearisation (Python's MRO); throws a plain Error that the caller turns into a TypeError. */
function linearize(cls: PyType): PyType[] {
	if (cls.bases.length === 0) return [cls];
	if (cls.bases.length === 1) return [cls, ...cls.bases[0]!.mro];
	const sequences = [...cls.bases.map(base => [...base.mro]), [...cls.bases]];
	const result: PyType[] = [cls];
	for (;;) {
		const nonEmpty = sequences.filter(sequence => sequence.length > 0);
		if (nonEmpty.length === 0) return result;
		const head = nonEmpty.map(sequence => sequence[0]!).find(candidate => !nonEmpty.some(sequence => sequence.indexOf(candidate) > 0));
		if (!head) throw new Error(`Cannot create a consistent method resolution order (MRO) for bases ${cls.bases.map(base => base.name).join(', ')}`);
		result.push(head);
		for (const sequence of nonEmpty) if (sequence[0] === head) sequence.shift();
	}
}
