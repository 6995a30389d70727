import type {RenderOptions} from 'ink';

/**
 * How the TUI asks Ink to draw: Ctrl-C is a key like any other (so quitting always restores the
 * terminal the same way), and 60 fps keeps a held key responsive while batching bursts.
 * Ink 6.8's `incrementalRendering` is left off: with a frame shorter than the terminal (which the
 * layout always draws, rows - 1) it moves the cursor up one line too few and every later frame
 * lands one row low. Ink wraps each full redraw in a synchronized update, so it does not flicker.
 */
export const tuiRenderOptions: RenderOptions = {
	exitOnCtrlC: false,
	patchConsole: false,
	maxFps: 60,
};
