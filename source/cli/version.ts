// Kept in step with package.json by a test, so the bundle needs no JSON import at start-up.
export const version = '0.1.0';
