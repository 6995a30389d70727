// ink imports react-devtools-core only when DEV is set; the bundle aliases it here so it never loads.
export default {connectToDevTools() {}};
