import qrcode from 'qrcode-generator';

/** One row of a QR code as runs of equal modules (fewer views to draw than one per module). */
export interface QrRun {
  dark: boolean;
  length: number;
}

/** `text` as a string of its UTF-8 bytes (the library's byte mode takes one byte per char). */
function utf8Bytes(text: string): string {
  return encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * The modules of `text` as a QR code (error correction M, the smallest version that holds it,
 * UTF-8 bytes), with a white quiet zone of `margin` modules around it, as runs per row.
 */
export function qrRows(text: string, margin = 4): QrRun[][] {
  const code = qrcode(0, 'M');
  code.addData(utf8Bytes(text), 'Byte');
  code.make();
  const n = code.getModuleCount();
  const size = n + margin * 2;
  const rows: QrRun[][] = [];
  for (let r = 0; r < size; r++) {
    const runs: QrRun[] = [];
    for (let c = 0; c < size; c++) {
      const inside = r >= margin && r < margin + n && c >= margin && c < margin + n;
      const dark = inside && code.isDark(r - margin, c - margin);
      const last = runs[runs.length - 1];
      if (last && last.dark === dark) last.length++;
      else runs.push({ dark, length: 1 });
    }
    rows.push(runs);
  }
  return rows;
}
