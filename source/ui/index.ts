export {runTui, type TuiOptions} from './run-tui.js';
export {runPicker, type PickerOptions} from './run-picker.js';
export type {PickerEntry} from './picker/picker-entry.js';
