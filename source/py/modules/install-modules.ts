import type {Interpreter} from '../interpreter/interpreter.js';
import {sysModule} from './sys-module.js';
import {asyncioModule} from './asyncio-module.js';
import {PyModule} from '../runtime/py-instance.js';

/** The modules a program may import; each is built on first use. */
export function installModules(interp: Interpreter): void {
	interp.modules.set('sys', sysModule(interp));
	interp.modules.set('asyncio', lazyModule(() => asyncioModule(interp)));
}

/** A module built only when imported (asyncio's runtime should not exist for programs without it). */
function lazyModule(build: () => PyModule): PyModule {
	return new LazyModule(build);
}

class LazyModule extends PyModule {
	private built: PyModule | undefined;

	constructor(private readonly build: () => PyModule) {
		super('lazy');
	}

	resolve(): PyModule {
		this.built ??= this.build();
		return this.built;
	}
}

export function resolveModule(module: PyModule): PyModule {
	return module instanceof LazyModule ? module.resolve() : module;
}
