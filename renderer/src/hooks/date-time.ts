import dayjs from 'dayjs';

/** A moment as office staff write it, the same in Lao and English (the browser's locale is often en-US). */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm');
}
