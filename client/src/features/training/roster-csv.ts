import { chinaDate } from '@shared/review-workflow/working-days';
import { enrollmentStatusText } from './enrollment-status-text';
import type { RosterEntry } from './training-api';

const HEADER = ['序号', '姓名', '手机（打码）', '村', '状态', '签到次数', '证书编号'];

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // Quote always; double inner quotes. A leading = + - @ would run as a formula in Excel.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The roster as CSV that Excel opens with Chinese intact (UTF-8 BOM, CRLF). */
export function rosterCsv(entries: readonly RosterEntry[]): string {
  const rows = entries.map((e, i) =>
    [
      i + 1,
      e.name,
      e.phoneMasked,
      e.villageName,
      enrollmentStatusText(e.status, e.waitlistPosition),
      e.checkIns,
      e.certificateSerial,
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[HEADER.map(cell).join(','), ...rows].join('\r\n')}\r\n`;
}

/** The file name: course title without characters file systems refuse, and the China date. */
export function rosterFileName(courseTitle: string, now: Date): string {
  const safeTitle = courseTitle.replace(/[\\/:*?"<>|\s]+/g, '');
  return `学员名单-${safeTitle}-${chinaDate(now)}.csv`;
}
