// Typed arrays stored in JSON as base64 of their bytes (little-endian, as every machine Node runs
// the bot on): a model's 200,000 weights read in a few milliseconds, where a JSON array of numbers
// takes a tenth of a second at the first question.
const TYPES = {
  int32: Int32Array,
  uint32: Uint32Array,
  uint16: Uint16Array,
  float32: Float32Array,
} as const;
type TypeName = keyof typeof TYPES;
type ArrayOf<T extends TypeName> = InstanceType<(typeof TYPES)[T]>;

export interface Packed<T extends TypeName> {
  readonly type: T;
  readonly base64: string;
}

export function toBase64<T extends TypeName>(type: T, values: ArrayLike<number>): Packed<T> {
  const array = TYPES[type].from(values);
  return {
    type,
    base64: Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64'),
  };
}

export function fromBase64<T extends TypeName>(packed: Packed<T>): ArrayOf<T> {
  const bytes = Buffer.from(packed.base64, 'base64');
  const Type = TYPES[packed.type];
  // A copy into its own buffer: Buffer's pool does not align its slices for 4-byte elements.
  const aligned = new Uint8Array(bytes.byteLength);
  aligned.set(bytes);
  return new Type(aligned.buffer, 0, bytes.byteLength / Type.BYTES_PER_ELEMENT) as ArrayOf<T>;
}
