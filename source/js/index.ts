export {simulateJavaScript} from './simulate-javascript.js';
