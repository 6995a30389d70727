// The peer to beat: NeilFraser's js-interpreter (a steppable ES5 interpreter) running the same
// workload, either recording nothing or keeping one small object per step, as a debugger must.
// Prints one JSON line: {ms, steps}.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const Interpreter = require('js-interpreter');
const [file, mode] = process.argv.slice(2);
// js-interpreter speaks ES5 only: the same workload with var, function expressions and no classes.
const code = readFileSync(file, 'utf8');

const start = performance.now();
const interpreter = new Interpreter(code, (interp, globals) => {
	const log = interp.createNativeFunction(() => {});
	const console = interp.nativeToPseudo({});
	interp.setProperty(console, 'log', log);
	interp.setProperty(globals, 'console', console);
});
const recorded = [];
let steps = 0;
if (mode === 'record') {
	while (interpreter.step()) {
		const state = interpreter.getStateStack().at(-1);
		recorded.push({type: state.node.type, start: state.node.start, depth: interpreter.getStateStack().length});
		steps++;
	}
} else {
	while (interpreter.step()) steps++;
}
console.log(JSON.stringify({ms: performance.now() - start, steps, peakRssMb: process.resourceUsage().maxRSS / 1024}));
