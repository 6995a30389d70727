export {simulatePython} from './simulate-python.js';
