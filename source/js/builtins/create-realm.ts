import {Realm} from '../runtime/realm.js';
import {JSObject} from '../values/js-object.js';
import {NativeFunction} from '../values/js-function.js';
import {installArray} from './array.js';
import {installCollections} from './collections/map-and-set.js';
import {installConsole} from './console/console.js';
import {installDate} from './date.js';
import {installErrors} from './error.js';
import {installFunction} from './function.js';
import {installGlobals} from './globals.js';
import {installIterators} from './iterators/iterator-prototypes.js';
import {installJSON} from './json.js';
import {installMath} from './math.js';
import {installNumberAndBoolean} from './number.js';
import {installObject} from './object.js';
import {installPromise} from './promise.js';
import {installRegExp} from './regexp.js';
import {installString} from './string.js';
import {installSymbol} from './symbol.js';
import {installTimers} from './timers.js';

/**
 * CreateRealm + SetDefaultGlobalBindings (§9.3): %Object.prototype% and %Function.prototype% first,
 * since every other built-in is made of them. Must run with the agent already current.
 */
export function createRealmShell(): Realm {
	const realm = new Realm();
	realm.objectPrototype = new JSObject(null);
	const functionPrototype = new NativeFunction(realm.objectPrototype, () => undefined, false);
	realm.functionPrototype = functionPrototype;
	realm.globalObject = new JSObject(realm.objectPrototype);
	realm.globalObject.className = 'global';
	return realm;
}

export function installBuiltins(realm: Realm): void {
	const global = realm.globalObject;
	installObject(global);
	installFunction(global);
	installSymbol(global);
	installErrors(global);
	installIterators();
	installArray(global);
	installString(global);
	installNumberAndBoolean(global);
	installMath(global);
	installJSON(global);
	installCollections(global);
	installPromise(global);
	installRegExp(global);
	installDate(global);
	installConsole(global);
	installTimers(global);
	installGlobals(global);
}
