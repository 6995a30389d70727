import {builtinFunction} from '../builtins/define.js';
import {StandardStream} from '../builtins/standard-stream.js';
import {systemExit} from '../runtime/exception-types.js';
import {PyList, PyTuple} from '../runtime/py-containers.js';
import {PyModule} from '../runtime/py-instance.js';
import {newException} from '../runtime/raise.js';
import {recursionLimit, type Interpreter} from '../interpreter/interpreter.js';
import {intMaxStrDigits, setIntMaxStrDigits} from '../runtime/int-str-digits.js';
import {toInt} from '../builtins/type-constructors.js';

/** `sys`: the standard streams, `exit`, and the facts programs print. */
export function sysModule(interp: Interpreter): PyModule {
	return new PyModule('sys', [
		['stdout', new StandardStream('stdout', interp)],
		['stderr', new StandardStream('stderr', interp)],
		['exit', builtinFunction('exit', args => {
			throw args.length === 0 ? newException(systemExit) : newException(systemExit, args[0]!);
		})],
		['getrecursionlimit', builtinFunction('getrecursionlimit', () => recursionLimit)],
		['setrecursionlimit', builtinFunction('setrecursionlimit', () => null)],
		['get_int_max_str_digits', builtinFunction('get_int_max_str_digits', () => intMaxStrDigits())],
		['set_int_max_str_digits', builtinFunction('set_int_max_str_digits', args => {
			setIntMaxStrDigits(Number(toInt(args[0] ?? null)));
			return null;
		})],
		['argv', new PyList([interp.fileName])],
		['version_info', new PyTuple([3, 11, 7, 'final', 0])],
		['version', '3.11.7 (loopstep simulation)'],
		['platform', 'linux'],
		['maxsize', 2 ** 63 - 1 > Number.MAX_SAFE_INTEGER ? BigInt('9223372036854775807') : 0],
	]);
}
