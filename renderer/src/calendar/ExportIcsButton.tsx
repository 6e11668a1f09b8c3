import { CalendarOutlined } from '@ant-design/icons';
import { Button, DatePicker, Popover, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useErrorText } from '../components/use-error-text';
import { downloadFile } from '../hooks/download';
import { useMessage } from '../components/use-message';
import type { CalendarFilter } from './CalendarFilters';

/**
 * Exports a period as an .ics file: a download in the browser, the same channel in Electron. It offers the
 * period on screen, and holds the calendar's filters: the file has what the calendar shows.
 */
export function ExportIcsButton({ defaultRange, filter }: { defaultRange: [Dayjs, Dayjs]; filter: CalendarFilter }) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const errorText = useErrorText();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const chosen = range ?? defaultRange;
  const exportRange = async () => {
    setBusy(true);
    try {
      const file = await call('calendar.exportIcs', { ...filter, from: chosen[0].format('YYYY-MM-DD'), to: chosen[1].format('YYYY-MM-DD'), language: i18n.language === 'en' ? 'en' : 'lo' });
      downloadFile(file, 'text/calendar');
      message.success(t('calendar.exported', { file: file.fileName }));
      setOpen(false);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        // Opened again after moving on in the calendar: it offers the period now on screen.
        if (o) setRange(null);
      }}
      title={t('calendar.exportRange')}
      content={
        <Space direction="vertical">
          <DatePicker.RangePicker aria-label={t('calendar.exportRange')} value={chosen} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
          {Object.entries(filter).some(([k, v]) => k !== 'statuses' && (Array.isArray(v) ? v.length > 0 : !!v)) && <Typography.Text type="secondary">{t('calendar.exportFiltered')}</Typography.Text>}
          <Button type="primary" loading={busy} onClick={() => void exportRange()}>
            {t('calendar.download')}
          </Button>
        </Space>
      }
    >
      <Button icon={<CalendarOutlined />}>{t('calendar.exportIcs')}</Button>
    </Popover>
  );
}
