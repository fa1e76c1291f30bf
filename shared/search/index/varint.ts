/** A growable byte buffer for unsigned LEB128 integers. */
export class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  varint(value: number): void {
    this.reserve(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Unsigned LEB128 integers, in the order written. */
export function decodeVarints(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let shift = 0;
  let current = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    current |= (b & 0x7f) << shift;
    if (b & 0x80) shift += 7;
    else {
      values.push(current >>> 0);
      current = 0;
      shift = 0;
    }
  }
  return values;
}
