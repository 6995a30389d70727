/** Thrown inside an optional chain when `?.` meets null or undefined; the ChainExpression catches it. */
export const shortCircuit: unique symbol = Symbol('optional chain short-circuit');
