import {baseExceptionGroup, exception, exceptionGroup} from '../runtime/exception-types.js';
import {PyList, PyTuple} from '../runtime/py-containers.js';
import {PyExceptionObject} from '../runtime/py-instance.js';
import {newException} from '../runtime/raise.js';
import type {Frame} from './frame.js';

/** The members of an exception group (`eg.exceptions`). */
export function groupMembers(group: PyExceptionObject): PyExceptionObject[] {
	const members = group.args[1];
	if (members instanceof PyList || members instanceof PyTuple) return members.items.filter(item => item instanceof PyExceptionObject) as PyExceptionObject[];
	return [];
}

export function isGroup(value: PyExceptionObject): boolean {
	return value.type.isSubtypeOf(baseExceptionGroup);
}

/** A group like `original` holding `members` (`BaseExceptionGroup.derive`). */
function derive(original: PyExceptionObject, members: PyExceptionObject[]): PyExceptionObject {
	const allExceptions = members.every(member => member.type.isSubtypeOf(exception));
	const group = newException(allExceptions ? exceptionGroup : baseExceptionGroup, original.args[0] ?? '', new PyList(members));
	group.cause = original.cause;
	group.context = original.context;
	group.traceback.push(...original.traceback);
	return group;
}

/** One `except*` clause: does a leaf match it, and bind/run it with the matching subgroup. */
export interface StarClause {
	matches(f: Frame, leaf: PyExceptionObject): boolean;
}

/**
 * `except*` (PEP 654): each clause in turn takes the members it matches, as a group; whatever no
 * clause takes is re-raised as a group afterwards. A naked exception is matched as if wrapped in
 * a group. Returns, per clause, the group to bind (or undefined), and the rest.
 */
export function splitForClauses(f: Frame, raised: PyExceptionObject, clauses: readonly StarClause[]): {matched: (PyExceptionObject | undefined)[]; rest: PyExceptionObject | undefined} {
	const naked = !isGroup(raised);
	let remaining = naked ? [raised] : groupMembers(raised);
	const matched = clauses.map(clause => {
		const taken = remaining.filter(member => clause.matches(f, member));
		if (taken.length === 0) return undefined;
		remaining = remaining.filter(member => !taken.includes(member));
		return naked ? derive(newException(exceptionGroup, '', new PyList([])), taken) : derive(raised, taken);
	});
	if (remaining.length === 0) return {matched, rest: undefined};
	if (naked) return {matched, rest: raised};
	const rest = remaining.length === groupMembers(raised).length ? raised : derive(raised, remaining);
	return {matched, rest};
}

