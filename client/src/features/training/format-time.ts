/** `2026-03-02T01:00:00.000Z` → `3月2日 09:00` in the phone's time zone; bad input as is. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${d.getMonth() + 1}月${d.getDate()}日 ${hh}:${mm}`;
}

/** `2026年3月2日`. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** `2026年3月2日 09:00` in the phone's time zone: dates people plan by carry the year. */
export function formatDateTimeWithYear(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}年${formatDateTime(iso)}`;
}

/** 报名时间: `2026年3月1日 08:00 至 2026年3月20日 18:00`. */
export function formatSignupWindow(opensAt: string, closesAt: string): string {
  return `${formatDateTimeWithYear(opensAt)} 至 ${formatDateTimeWithYear(closesAt)}`;
}
