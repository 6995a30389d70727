/**
 * Output a plan keeps before the simulation stops (reason `console-limit`), for every language:
 * enough for any teaching program, and a bound on what a print loop can make a plan hold.
 */
export const consoleLimitBytes = 32 * 1024 * 1024;
