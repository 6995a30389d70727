import {surroundingAgent} from '../../runtime/agent.js';
import {asyncGeneratorEnqueue} from '../../runtime/async-generator-driver.js';
import {generatorResume} from '../../runtime/generator-driver.js';
import {JSObject} from '../../values/js-object.js';
import {Property, configurable} from '../../values/property.js';
import {arg, builtinFunction, defineMethod, defineValue, plainObject} from '../define.js';
import {sandboxStop} from '../function.js';

/** %IteratorPrototype%, %AsyncIteratorPrototype%, generator prototypes (§27.1, §27.3–§27.6). */
export function installIterators(): void {
	const realm = surroundingAgent.realm;
	const iteratorPrototype = plainObject();
	defineMethod(iteratorPrototype, Symbol.iterator, 0, self => self);
	realm.iteratorPrototype = iteratorPrototype;
	const asyncIteratorPrototype = plainObject();
	defineMethod(asyncIteratorPrototype, Symbol.asyncIterator, 0, self => self);
	realm.asyncIteratorPrototype = asyncIteratorPrototype;

	const generatorPrototype = plainObject(iteratorPrototype);
	defineMethod(generatorPrototype, 'next', 1, (self, args) => generatorResume(self, 'next', arg(args, 0)));
	defineMethod(generatorPrototype, 'return', 1, (self, args) => generatorResume(self, 'return', arg(args, 0)));
	defineMethod(generatorPrototype, 'throw', 1, (self, args) => generatorResume(self, 'throw', arg(args, 0)));
	defineValue(generatorPrototype, Symbol.toStringTag, 'Generator', configurable);
	realm.generatorPrototype = generatorPrototype;

	const asyncGeneratorPrototype = plainObject(asyncIteratorPrototype);
	defineMethod(asyncGeneratorPrototype, 'next', 1, (self, args) => asyncGeneratorEnqueue(self, 'next', arg(args, 0)));
	defineMethod(asyncGeneratorPrototype, 'return', 1, (self, args) => asyncGeneratorEnqueue(self, 'return', arg(args, 0)));
	defineMethod(asyncGeneratorPrototype, 'throw', 1, (self, args) => asyncGeneratorEnqueue(self, 'throw', arg(args, 0)));
	defineValue(asyncGeneratorPrototype, Symbol.toStringTag, 'AsyncGenerator', configurable);
	realm.asyncGeneratorPrototype = asyncGeneratorPrototype;

	const functionKind = (name: string, prototype: JSObject): JSObject => {
		const proto = plainObject(realm.functionPrototype);
		const constructor = builtinFunction(name, 1, () => sandboxStop(`new ${name}(...)`), true);
		constructor.defineOwn('prototype', new Property(proto, 0));
		proto.defineOwn('constructor', new Property(constructor, configurable));
		defineValue(proto, Symbol.toStringTag, name, configurable);
		proto.defineOwn('prototype', new Property(prototype, configurable));
		return proto;
	};
	realm.generatorFunctionPrototype = functionKind('GeneratorFunction', generatorPrototype);
	realm.asyncGeneratorFunctionPrototype = functionKind('AsyncGeneratorFunction', asyncGeneratorPrototype);
	realm.asyncFunctionPrototype = functionKind('AsyncFunction', plainObject());

}
