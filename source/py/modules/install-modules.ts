import type {Interpreter} from '../interpreter/interpreter.js';
import {PyModule} from '../runtime/py-instance.js';
import {asyncioModule} from './asyncio-module.js';
import {collectionsModule} from './collections-module.js';
import {dataclassesModule} from './dataclasses-module.js';
import {functoolsModule} from './functools-module.js';
import {itertoolsModule} from './itertools-module.js';
import {mathModule} from './math-module.js';
import {randomModule} from './random-module.js';
import {sysModule} from './sys-module.js';
import {timeModule} from './time-module.js';
import {typingModule} from './typing-module.js';

/** The modules a program may import; each is built on first import. */
export function installModules(interp: Interpreter): void {
	const factories: Record<string, () => PyModule> = {
		sys: () => sysModule(interp),
		asyncio: () => asyncioModule(interp),
		time: () => timeModule(interp),
		math: mathModule,
		random: randomModule,
		collections: collectionsModule,
		functools: functoolsModule,
		dataclasses: dataclassesModule,
		itertools: itertoolsModule,
		typing: typingModule,
	};
	for (const [name, build] of Object.entries(factories)) interp.modules.set(name, new LazyModule(name, build));
}

/** A module built only when imported (asyncio's runtime should not exist for programs without it). */
class LazyModule extends PyModule {
	private built: PyModule | undefined;

	constructor(
		name: string,
		private readonly build: () => PyModule,
	) {
		super(name);
	}

	resolve(): PyModule {
		this.built ??= this.build();
		return this.built;
	}
}

export function resolveModule(module: PyModule): PyModule {
	return module instanceof LazyModule ? module.resolve() : module;
}
