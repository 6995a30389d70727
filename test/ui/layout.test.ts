import {describe, expect, test} from 'vitest';
import type {PlanMeta} from '../../source/plan/index.js';
import {computeLayout, minimumSize, type ScreenLayout} from '../../source/ui/layout.js';
import {promisePlan} from './support/promise-plan.js';

const node = promisePlan().meta;
const asyncio: PlanMeta = {
	...node,
	language: 'python',
	clockUnit: 's',
	queues: [
		{id: 'tasks', title: 'Tasks'},
		{id: 'ready', title: 'Ready'},
		{id: 'scheduled', title: 'Scheduled'},
	],
};

/** Rows a column draws: each section's title line and content, then the bottom border. */
function columnRows(column: ScreenLayout['left']): number {
	return column.sections.reduce((sum, section) => sum + 1 + section.rows, 0) + 1;
}

describe('layout', () => {
	for (const meta of [node, asyncio]) {
		for (const size of [
			{columns: 80, rows: 24},
			{columns: 200, rows: 60},
			{columns: 100, rows: 30},
			minimumSize(meta),
		]) {
			test(`${meta.language} at ${size.columns}×${size.rows}: every pane fits, never taller than rows-1`, () => {
				const layout = computeLayout(size, meta, {stack: 3, timers: 2, ready: 9, source: 4})!;
				expect(layout).toBeDefined();
				expect(layout.height).toBe(size.rows - 1);
				expect(layout.paneRows + layout.narrationRows + 1).toBe(layout.height);
				expect(columnRows(layout.left)).toBe(layout.paneRows);
				expect(columnRows(layout.right)).toBe(layout.paneRows);
				expect(layout.left.width + layout.right.width).toBe(size.columns);
				const ids = layout.right.sections.map(section => section.id);
				expect(ids).toEqual(['clock', 'stack', ...meta.queues.map(queue => queue.id)]);
				for (const section of [...layout.left.sections, ...layout.right.sections]) expect(section.rows).toBeGreaterThanOrEqual(1);
			});
		}
	}

	test('below the minimum there is no layout', () => {
		const minimum = minimumSize(node);
		expect(computeLayout({columns: minimum.columns - 1, rows: 40}, node, {})).toBeUndefined();
		expect(computeLayout({columns: 120, rows: minimum.rows - 1}, node, {})).toBeUndefined();
		expect(minimum.rows).toBeLessThanOrEqual(24);
		expect(minimum.columns).toBeLessThanOrEqual(80);
	});

	test('a busy queue gets more rows than an empty one, and a larger terminal gives more to everyone', () => {
		const small = computeLayout({columns: 80, rows: 24}, node, {microtask: 6})!;
		const rows = Object.fromEntries(small.right.sections.map(section => [section.id, section.rows]));
		expect(rows['microtask']).toBeGreaterThan(rows['immediate']!);
		const large = computeLayout({columns: 200, rows: 60}, node, {microtask: 6})!;
		expect(large.right.width).toBeGreaterThan(small.right.width);
		expect(large.left.sections[0]!.rows).toBeGreaterThanOrEqual(small.left.sections[0]!.rows);
	});
});
