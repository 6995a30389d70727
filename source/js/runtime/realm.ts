import type {JSObject} from '../values/js-object.js';
import type {JSFunction} from '../values/js-function.js';

/** The names of the NativeError constructors (§20.5.5) plus Error and AggregateError. */
export const errorNames = ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError'] as const;
export type ErrorName = (typeof errorNames)[number];

/** A realm's intrinsics (§9.3): the built-in objects every program sees, created once per run. */
export class Realm {
	objectPrototype!: JSObject;
	functionPrototype!: JSObject;
	arrayPrototype!: JSObject;
	stringPrototype!: JSObject;
	numberPrototype!: JSObject;
	booleanPrototype!: JSObject;
	symbolPrototype!: JSObject;
	bigintPrototype!: JSObject;
	iteratorPrototype!: JSObject;
	asyncIteratorPrototype!: JSObject;
	arrayIteratorPrototype!: JSObject;
	generatorPrototype!: JSObject;
	asyncGeneratorPrototype!: JSObject;
	generatorFunctionPrototype!: JSObject;
	asyncFunctionPrototype!: JSObject;
	asyncGeneratorFunctionPrototype!: JSObject;
	promisePrototype!: JSObject;
	promiseConstructor!: JSFunction;
	mapPrototype!: JSObject;
	setPrototype!: JSObject;
	weakMapPrototype!: JSObject;
	weakSetPrototype!: JSObject;
	datePrototype!: JSObject;
	regExpPrototype!: JSObject;
	/** %Function.prototype[@@hasInstance]%, skipped by InstanceofOperator as OrdinaryHasInstance. */
	functionHasInstance!: JSFunction;
	/** %Array.prototype.values%, to recognise arrays whose iteration nobody changed. */
	arrayValues!: JSFunction;
	arrayIteratorNext!: JSFunction;
	stringIterator!: JSFunction;
	readonly errorPrototypes = new Map<ErrorName, JSObject>();
	/** %ArrayIteratorPrototype%, %MapIteratorPrototype%, ... by their toStringTag. */
	readonly hostIteratorPrototypes = new Map<string, JSObject>();
	globalObject!: JSObject;
}
