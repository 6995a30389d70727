import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {surroundingAgent, type Agent} from '../../runtime/agent.js';
import {throwError} from '../../runtime/errors.js';
import {JSObject} from '../../values/js-object.js';
import {toString} from '../../values/type-conversion.js';
import {arg, builtinFunction} from '../define.js';
import {isSimulatedModule, moduleName} from './simulated-modules.js';

const metaOfAgent = new WeakMap<Agent, JSObject>();

/** The one `import.meta` object of the running program. */
export function importMeta(): JSObject {
	const agent = surroundingAgent;
	let meta = metaOfAgent.get(agent);
	if (meta === undefined) {
		meta = createImportMeta(agent.file);
		metaOfAgent.set(agent, meta);
	}
	return meta;
}

/**
 * `import.meta` of the program's module, as Node 20 makes it: a null-prototype object with
 * `dirname`, `filename`, `resolve` and `url`. `resolve` knows the simulated modules and relative paths.
 */
function createImportMeta(file: string): JSObject {
	const filename = path.resolve(file);
	const url = pathToFileURL(filename).href;
	const meta = new JSObject(null);
	meta.put('dirname', path.dirname(filename));
	meta.put('filename', filename);
	meta.put(
		'resolve',
		builtinFunction('resolve', 1, (_this, args) => {
			const specifier = toString(arg(args, 0));
			if (isSimulatedModule(specifier)) return `node:${moduleName(specifier)}`;
			if (/^\.{0,2}\//.test(specifier)) return new URL(specifier, url).href;
			return throwError('Error', `Cannot find package '${specifier}' imported from ${filename}`);
		}),
	);
	meta.put('url', url);
	return meta;
}
