import type {Recorder} from '../../plan/index.js';
import type {Job} from './job.js';

/** A FIFO of jobs mirrored into one queue of the plan. */
export class JobQueue {
	private jobs: Job[] = [];
	private head = 0;

	constructor(
		private readonly recorder: Recorder,
		readonly id: 'nextTick' | 'microtask' | 'immediate',
	) {}

	push(job: Job): void {
		job.ref = this.recorder.enqueue(this.id, {label: job.label, line: job.line});
		this.jobs.push(job);
	}

	/** Takes the front job and removes it from the plan's queue in the current step. */
	shift(): Job | undefined {
		if (this.head >= this.jobs.length) return undefined;
		const job = this.jobs[this.head]!;
		this.jobs[this.head++] = undefined as unknown as Job;
		if (this.head > 1024 && this.head * 2 > this.jobs.length) {
			this.jobs = this.jobs.slice(this.head);
			this.head = 0;
		}
		this.recorder.remove(this.id, job.ref!);
		return job;
	}

	peek(): Job | undefined {
		return this.head < this.jobs.length ? this.jobs[this.head] : undefined;
	}

	remove(job: Job): boolean {
		const index = this.jobs.indexOf(job, this.head);
		if (index < 0) return false;
		this.jobs.splice(index, 1);
		this.recorder.remove(this.id, job.ref!);
		return true;
	}

	get length(): number {
		return this.jobs.length - this.head;
	}
}
