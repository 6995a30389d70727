export type {InspectHost, JsonResult, ObjectSlots, OwnProperty} from './inspect-host.js';
export type {InspectOptions} from './inspect-options.js';
export {inspectDefaultOptions} from './inspect-options.js';
export {inspect} from './inspect.js';
export {formatLogArguments, formatWithOptions} from './format-with-options.js';
