// Import forms for the simulated modules: default, named, namespace; live module objects.
import EventEmitter, { once } from 'events';
import * as timers from 'timers/promises';
import util from 'util';
import { setTimeout as delay } from 'timers';

const emitter = new EventEmitter();
setTimeout(() => emitter.emit('go', 1, 2), 1);
const args = await once(emitter, 'go');
console.log('once gave', args, typeof timers.setTimeout, typeof timers.setImmediate);
console.log(util.format('%s:%d', 'x', 7), util.inspect({ nested: { deep: { deeper: {} } } }, { depth: 1 }));
await new Promise(resolve => delay(resolve, 5));
console.log('after timers.setTimeout', await timers.setImmediate('immediate value'));
console.log(typeof import.meta, import.meta.url.startsWith('file://'));
