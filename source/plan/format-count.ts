/**
 * `1337` → `1,337`, as loopstep shows counts. Not `toLocaleString`: its first call loads ICU's
 * locale data, about 35 ms that every start-up (even `--help`) would pay.
 */
export function formatCount(value: number): string {
	return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
