// Imported first by cli.ts. ES modules evaluate their imports in order, so a program's simulation
// thread starts here, before the rest of the entry loads (the terminal streams among it): the thread
// takes about 55 ms to boot, and everything the main thread does meanwhile overlaps it.
import {languageOf} from './language.js';
import {prestartSimulationThread} from './simulation-thread.js';

const argv = process.argv.slice(2);
const options = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
const answeredAtOnce = ['--help', '-h', '--version', '-v'].some(option => options.includes(option));
const language = answeredAtOnce ? undefined : options.map(languageOf).find(Boolean);
if (language) prestartSimulationThread(language);
