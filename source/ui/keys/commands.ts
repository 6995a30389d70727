/** Everything a person can do in the stepper, with the words the help overlay shows for it (27 columns at most, so two columns of help fit 80). */
export const commands = {
	stepForward: {group: 'step', help: 'step forward'},
	stepBack: {group: 'step', help: 'step back'},
	nextCallback: {group: 'step', help: 'next callback'},
	previousCallback: {group: 'step', help: 'previous callback'},
	nextIteration: {group: 'step', help: 'next loop iteration'},
	previousIteration: {group: 'step', help: 'previous loop iteration'},
	nextOutput: {group: 'step', help: 'run to next console output'},
	nextTimer: {group: 'step', help: 'run to next timer firing'},
	first: {group: 'step', help: 'first step'},
	last: {group: 'step', help: 'last step'},
	goToStep: {group: 'step', help: 'go to step number'},
	togglePlay: {group: 'play', help: 'play / pause'},
	faster: {group: 'play', help: 'play faster'},
	slower: {group: 'play', help: 'play slower'},
	toggleBreakpoint: {group: 'breakpoints', help: 'breakpoint on line/cursor'},
	continueForward: {group: 'breakpoints', help: 'continue to next breakpoint'},
	continueBackward: {group: 'breakpoints', help: 'back to previous breakpoint'},
	focusNext: {group: 'view', help: 'focus next pane'},
	focusPrevious: {group: 'view', help: 'focus previous pane'},
	scrollUp: {group: 'view', help: 'scroll up / source cursor'},
	scrollDown: {group: 'view', help: 'scroll down / source cursor'},
	pageUp: {group: 'view', help: 'page up'},
	pageDown: {group: 'view', help: 'page down'},
	help: {group: 'view', help: 'this help'},
	closeOverlay: {group: 'view', help: 'close help or prompt'},
	quit: {group: 'view', help: 'quit'},
} as const satisfies Record<string, {group: CommandGroup; help: string}>;

export type CommandGroup = 'step' | 'play' | 'breakpoints' | 'view';

export type Command = keyof typeof commands;

export const commandGroups: ReadonlyArray<{id: CommandGroup; title: string}> = [
	{id: 'step', title: 'Stepping'},
	{id: 'play', title: 'Playing'},
	{id: 'breakpoints', title: 'Breakpoints'},
	{id: 'view', title: 'View'},
];
