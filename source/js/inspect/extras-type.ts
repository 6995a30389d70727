// How an entry list is laid out (kObjectType, kArrayType, kArrayExtrasType in Node's inspect.js):
// object properties `key: value`, bare array elements, or array elements followed by extra keys.
export const kObjectType = 0;
export const kArrayType = 1;
export const kArrayExtrasType = 2;

export type ExtrasType = typeof kObjectType | typeof kArrayType | typeof kArrayExtrasType;
