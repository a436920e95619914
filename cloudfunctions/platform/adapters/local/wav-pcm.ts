/**
 * Just enough of the WAV format for espeak-ng's output: 16-bit mono PCM in, a smaller 16-bit mono
 * PCM WAV out. espeak writes to a pipe, so its header's sizes are placeholders (0x7fffffff): the
 * samples are whatever follows the `data` chunk header.
 */

export interface Pcm16 {
  sampleRate: number;
  samples: Int16Array;
}

export function readPcm16Wav(bytes: Buffer): Pcm16 {
  if (bytes.length < 44 || bytes.toString('ascii', 0, 4) !== 'RIFF')
    throw new Error('not a WAV file');
  if (bytes.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
  let at = 12;
  let sampleRate = 0;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      const format = bytes.readUInt16LE(body);
      const channels = bytes.readUInt16LE(body + 2);
      const bits = bytes.readUInt16LE(body + 14);
      if (format !== 1 || channels !== 1 || bits !== 16)
        throw new Error('expected 16-bit mono PCM');
      sampleRate = bytes.readUInt32LE(body + 4);
    } else if (id === 'data') {
      if (!sampleRate) throw new Error('WAV data before its format');
      const end = Math.min(bytes.length, body + size) & ~1;
      const copy = Buffer.from(bytes.subarray(body, Math.max(body, end)));
      return {
        sampleRate,
        samples: new Int16Array(copy.buffer, copy.byteOffset, copy.length / 2),
      };
    }
    at = body + size + (size & 1);
  }
  throw new Error('WAV without data');
}

/** Half the sample rate: each output sample is the mean of two (a simple low-pass first). */
export function halveSampleRate(pcm: Pcm16): Pcm16 {
  const out = new Int16Array(Math.floor(pcm.samples.length / 2));
  for (let i = 0; i < out.length; i++) {
    out[i] = (pcm.samples[2 * i]! + pcm.samples[2 * i + 1]!) >> 1;
  }
  return { sampleRate: Math.floor(pcm.sampleRate / 2), samples: out };
}

export function writePcm16Wav(pcm: Pcm16): Buffer {
  const dataBytes = pcm.samples.length * 2;
  const out = Buffer.alloc(44 + dataBytes);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write('WAVE', 8, 'ascii');
  out.write('fmt ', 12, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(pcm.sampleRate, 24);
  out.writeUInt32LE(pcm.sampleRate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < pcm.samples.length; i++) out.writeInt16LE(pcm.samples[i]!, 44 + 2 * i);
  return out;
}
