import type {RenderOptions} from 'ink';

/**
 * How the TUI asks Ink to draw. Ctrl-C is a key like any other (so quitting always restores the
 * terminal the same way).
 *
 * `maxFps` is as high as Ink allows (a 1 ms throttle window), so a key draws at once: Ink throttles
 * frames with a leading edge, and at 30 or 60 fps a key arriving within 33 or 17 ms of the last
 * frame waited for the window to close, which was most of the measured key latency. Held keys and
 * pastes stay smooth without the throttle: Ink reads all pending input before React renders, so a
 * burst that arrives during a frame becomes one frame.
 *
 * Ink 6.8's `incrementalRendering` is left off: with a frame shorter than the terminal (which the
 * layout always draws, rows - 1) it moves the cursor up one line too few and every later frame
 * lands one row low. Ink wraps each full redraw in a synchronized update, so it does not flicker.
 */
export const tuiRenderOptions: RenderOptions = {
	exitOnCtrlC: false,
	patchConsole: false,
	maxFps: 1000,
};
