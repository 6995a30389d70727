import {useEffect} from 'react';
import {playTiming} from './advance-playing.js';
import {playSpeeds} from './viewer-state.js';

/** While playing, calls `tick(steps)` on a timer paced by the chosen speed. */
export function usePlayback(playing: boolean, speedIndex: number, tick: (steps: number) => void): void {
	useEffect(() => {
		if (!playing) return undefined;
		const {intervalMs, stepsPerTick} = playTiming(playSpeeds[speedIndex]!);
		const timer = setInterval(() => tick(stepsPerTick), intervalMs);
		return () => clearInterval(timer);
	}, [playing, speedIndex, tick]);
}
