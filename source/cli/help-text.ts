import {formatCount} from '../plan/format-count.js';

export const defaultMaxSteps = 1_000_000;

export const helpText = `
  Usage
    $ loopstep [FILE]          step through FILE (.js, .mjs, .py) in the terminal
    $ loopstep                 pick one of the bundled examples

  Modes
    --print                    print only what the program writes, and exit with its exit code
    --trace                    print the plan as readable text, one block per step
    --json                     print the plan as JSON: the full state at every step
    --list                     list the bundled examples with their lessons

  Options
    --max-steps N              stop the simulation after N steps (default ${formatCount(defaultMaxSteps)})
    --break LINE               start with a breakpoint on LINE (repeatable)
    --no-color                 no colour (also when NO_COLOR is set)
    --ascii                    draw boxes with +-| (also for TERM=linux and non-UTF-8 locales)
    -h, --help                 show this help
    -v, --version              show the version

  Keys (in the terminal UI): → step, ← back, ? all keys, q quit

  Exit codes: the program's own (0 ok, 1 failed), 1 when loopstep cannot load it, 2 for usage errors.
`;
