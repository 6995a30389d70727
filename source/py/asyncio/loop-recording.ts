import type {Recorder} from '../../plan/index.js';
import type {Handle, TimerHandle} from './events.js';
import type {Task} from './tasks.js';

/** `1.000 s`: how narrations show the loop's clock (seconds, as `loop.time()` counts). */
export function formatSeconds(seconds: number): string {
	return `${seconds.toFixed(3)} s`;
}

function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/**
 * Mirrors the loop's structures into the plan: `_ready` as the `ready` queue, `_scheduled` as
 * `scheduled` (kept in heap order: `when`, then scheduling order), live tasks as `tasks`; and
 * narrates the loop's decisions in asyncio's words.
 */
export class LoopRecording {
	/** The timers shown in `scheduled`, in the order shown, to find where a new one goes. */
	private readonly shownTimers: TimerHandle[] = [];
	private readonly runNarrations = new Map<string, number>();
	private readonly runsNarrations: number[] = [];
	private iteration = 0;
	private phaseShown = false;
	private dropped: readonly TimerHandle[] = [];

	constructor(readonly recorder: Recorder) {}

	handleReady(handle: Handle): void {
		handle.readyItem = this.recorder.enqueue('ready', {label: handle.source.label, line: handle.source.line});
	}

	handleLeftReady(handle: Handle): void {
		if (handle.readyItem < 0) return;
		this.recorder.remove('ready', handle.readyItem);
		handle.readyItem = -1;
	}

	handleCancelled(handle: Handle): void {
		if (handle.readyItem >= 0) handle.readyItem = this.recorder.update('ready', handle.readyItem, {note: 'cancelled'});
	}

	timerScheduled(timer: TimerHandle): void {
		const shown = this.shownTimers;
		const last = shown[shown.length - 1];
		if (last === undefined || last.whenKey < timer.whenKey || (last.whenKey === timer.whenKey && last.sequence < timer.sequence)) {
			shown.push(timer);
			timer.scheduledItem = this.recorder.enqueue('scheduled', {label: timer.source.label, line: timer.source.line, due: timer._when * 1000});
			return;
		}
		let low = 0;
		let high = shown.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			const other = shown[middle]!;
			if (other.whenKey < timer.whenKey || (other.whenKey === timer.whenKey && other.sequence < timer.sequence)) low = middle + 1;
			else high = middle;
		}
		shown.splice(low, 0, timer);
		timer.scheduledItem = this.recorder.enqueue(
			'scheduled',
			{label: timer.source.label, line: timer.source.line, due: timer._when * 1000},
			low,
		);
	}

	timerCancelled(timer: TimerHandle): void {
		if (timer.scheduledItem >= 0) {
			timer.scheduledItem = this.recorder.update('scheduled', timer.scheduledItem, {note: 'cancelled'});
		}
	}

	timerLeftScheduled(timer: TimerHandle): void {
		if (timer.scheduledItem < 0) return;
		this.recorder.remove('scheduled', timer.scheduledItem);
		timer.scheduledItem = -1;
		const shown = this.shownTimers;
		if (shown[0] === timer) shown.shift();
		else {
			const at = shown.indexOf(timer);
			if (at >= 0) shown.splice(at, 1);
		}
	}

	taskCreated(task: Task): void {
		task.taskItem = this.recorder.enqueue('tasks', {label: `${task._name}: ${task._coro.label}`, line: task._coro.definitionLine, note: 'ready'});
	}

	/** A renamed task shows its new name, also on its step handle if that is still waiting. */
	taskRenamed(task: Task, oldName: string): void {
		if (task.taskItem >= 0) task.taskItem = this.recorder.update('tasks', task.taskItem, {label: `${task._name}: ${task._coro.label}`});
		for (const handle of task._loop._ready) {
			if (handle.readyItem < 0 || !handle.source.label.startsWith(`${oldName} `)) continue;
			const label = task._name + handle.source.label.slice(oldName.length);
			handle.source = {...handle.source, label};
			handle.readyItem = this.recorder.update('ready', handle.readyItem, {label});
		}
	}

	taskNote(task: Task, note: string): void {
		if (task.taskItem >= 0) task.taskItem = this.recorder.update('tasks', task.taskItem, {note});
	}

	taskForgotten(task: Task): void {
		if (task.taskItem < 0) return;
		this.recorder.remove('tasks', task.taskItem);
		task.taskItem = -1;
	}

	/** A task just finished: it shows its outcome until the loop forgets it. */
	taskDone(task: Task): void {
		if (task.cancelled()) this.taskNote(task, 'cancelled');
		else if (task._exception !== undefined) this.taskNote(task, `done, raised ${task._loop.host.repr(task._exception)}`);
		else this.taskNote(task, 'done');
	}

	/**
	 * A new iteration. Its phase, and the cancelled timers it dropped from the head of `_scheduled`,
	 * show from its first step on, so the step before keeps showing the previous iteration.
	 */
	iterationBegins(iteration: number, dropped: readonly TimerHandle[]): void {
		this.iteration = iteration;
		this.phaseShown = false;
		this.dropped = dropped;
	}

	/** The batch clean-up of `_run_once`: a step of its own, it is rare and worth seeing. */
	heapRebuilt(removed: readonly TimerHandle[], size: number): void {
		this.recorder.step('loop', 0, 0, `More than half of the ${size} timers in _scheduled are cancelled, so the loop rebuilds the heap without the ${removed.length} cancelled ones`);
		this.showPhase();
		for (const timer of removed) this.timerLeftScheduled(timer);
	}

	private showPhase(): void {
		if (this.phaseShown) return;
		this.phaseShown = true;
		this.recorder.setPhase(`_run_once #${this.iteration}`);
		for (const timer of this.dropped) this.timerLeftScheduled(timer);
		this.dropped = [];
	}

	/**
	 * Timers moved from `_scheduled` to `_ready`, after the clock jumped to the first of them when
	 * `jumped` (one step for both: the jump only ever happens to run these timers).
	 */
	timersDue(timers: readonly TimerHandle[], now: number, jumped: boolean): void {
		const what = timers.length === 1 ? `${timers[0]!.source.label} is due, so it moves` : `${timers.length} timers are due, so they move`;
		const narration = jumped
			? `No handle is ready, so the clock jumps to the next timer at ${formatSeconds(now)}; ${what} from _scheduled to _ready`
			: `At ${formatSeconds(now)} ${what} from _scheduled to the end of _ready`;
		this.recorder.step('loop', 0, 0, narration);
		this.showPhase();
		this.recorder.mark('timer');
		this.recorder.mark('iteration');
	}

	runsHandles(count: number): void {
		let narration = this.runsNarrations[count];
		if (narration === undefined) {
			narration = this.recorder.intern(
				`The loop runs the ${plural(count, 'handle', 'handles')} that ${count === 1 ? 'was' : 'were'} ready when this iteration began`,
			);
			this.runsNarrations[count] = narration;
		}
		this.recorder.step('loop', 0, 0, narration);
		this.showPhase();
		this.recorder.mark('iteration');
	}

	/** A handle starts; its narration is interned once per label (labels repeat every iteration). */
	handleStarts(handle: Handle): void {
		const label = handle.source.label;
		let narration = this.runNarrations.get(label);
		if (narration === undefined) {
			narration = this.recorder.intern(`The loop takes the next ready handle: ${label}`);
			this.runNarrations.set(label, narration);
		}
		this.recorder.step('callback', 0, 0, narration);
	}

	/** A loop step with no user code (start, shutdown, ...). */
	narrate(text: string): void {
		this.recorder.step('loop', 0, 0, text);
	}
}
