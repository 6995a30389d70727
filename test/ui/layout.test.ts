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
function columnRows(column: ScreenLayout['columns'][number]): number {
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
				for (const column of layout.columns) expect(columnRows(column)).toBe(layout.paneRows);
				expect(layout.columns.reduce((sum, column) => sum + column.width, 0)).toBe(size.columns);
				expect(layout.columns[0]!.sections.map(section => section.id)).toEqual(['source', 'console']);
				const ids = layout.columns.slice(1).flatMap(column => column.sections.map(section => section.id));
				expect(ids).toEqual(['clock', 'stack', ...meta.queues.map(queue => queue.id)]);
				for (const section of layout.columns.flatMap(column => column.sections)) expect(section.rows).toBeGreaterThanOrEqual(1);
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

	test('a busy queue gets more rows than an empty one', () => {
		const small = computeLayout({columns: 80, rows: 24}, node, {microtask: 6})!;
		const rows = Object.fromEntries(small.columns.flatMap(column => column.sections).map(section => [section.id, section.rows]));
		expect(rows['microtask']).toBeGreaterThan(rows['immediate']!);
	});

	test('80 columns: one column of loop panes; from 150 columns: two, so every pane gets more rows', () => {
		const small = computeLayout({columns: 80, rows: 24}, node, {})!;
		expect(small.columns).toHaveLength(2);
		const large = computeLayout({columns: 200, rows: 60}, node, {})!;
		expect(large.columns).toHaveLength(3);
		const rowsOf = (layout: ScreenLayout, id: string) => layout.columns.flatMap(column => column.sections).find(section => section.id === id)!.rows;
		for (const queue of node.queues) expect(rowsOf(large, queue.id)).toBeGreaterThan(rowsOf(small, queue.id));
		expect(large.columns[0]!.width).toBeGreaterThan(small.columns[0]!.width);
	});
});
