import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {TerminalSize} from '../layout.js';

/** The terminal's size, updated on resize (Ink 6.8 has no hook for it). */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => readSize(stdout));
	useEffect(() => {
		const onResize = () => setSize(readSize(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}

function readSize(stdout: NodeJS.WriteStream): TerminalSize {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}
