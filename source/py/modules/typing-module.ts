import {builtinFunction} from '../builtins/define.js';
import {PyModule} from '../runtime/py-instance.js';
import type {PyValue} from '../runtime/py-object.js';
import {moduleClass} from './native-object.js';

const names = ['Any', 'Optional', 'Union', 'List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Callable', 'Iterable', 'Iterator', 'Generator', 'AsyncIterator', 'AsyncIterable', 'AsyncGenerator', 'Awaitable', 'Coroutine', 'Sequence', 'Mapping', 'MutableMapping', 'Type', 'ClassVar', 'Final', 'Literal', 'Protocol', 'Generic', 'NoReturn', 'Deque', 'DefaultDict', 'Counter'];

/** `typing`: annotations only; every name is a class that accepts subscripts and does nothing. */
export function typingModule(): PyModule {
	const entries: [string, PyValue][] = names.map(name => [name, moduleClass(name, 'typing')]);
	entries.push(['TypeVar', builtinFunction('TypeVar', args => args[0] ?? null)]);
	entries.push(['cast', builtinFunction('cast', args => args[1] ?? null)]);
	entries.push(['TYPE_CHECKING', false]);
	return new PyModule('typing', entries);
}
