// The x-aws-* extensions: names, typed fields and the decoder, each in src/compose/extensions/.
export * from './extensions/names.js';
export * from './extensions/types.js';
export { decodeAwsExtensions } from './extensions/decode.js';
export type { Reporter } from './extensions/reader.js';
