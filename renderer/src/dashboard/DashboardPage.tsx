import { Card, Col, DatePicker, Empty, Row, Select, Space, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { useLocalName, useReference } from '../hooks/use-reference';
import { fontFamily } from '../theme';
import { monthAxisLayout, useLabelSize, useWidth } from './month-axis';
import type { DashboardData } from '../../../shared/api';
import { compareLao } from '../../../shared/lao-order';

const levelRank = ['central', 'provincial', 'district'];

/**
 * Chart text in the app's font, large enough that Lao vowels and tone marks stay legible. Charts draw
 * without animation: on slow office PCs the figures should simply be there.
 */
const tick = { fontFamily, fontSize: 13, fill: '#333' };
const tickFont = `13px ${fontFamily}`;
/** The Y axis of the month charts, and the chart's right margin: the same in all three, so their months line up. */
const [yAxisWidth, rightMargin] = [44, 12];
/** 1,251 as the figures beside it (antd's Statistic) show it. */
const grouped = (n: number) => n.toLocaleString('en-US');

const seriesOrder = ['planned', 'held', 'female', 'male', 'villagesReached', 'villagesTotal', 'active', 'target'];
const colours = { planned: '#9db7d9', held: '#1f5fa8', female: '#b4407f', male: '#2f7d6d', villages: '#9a4f00', total: '#8c8c8c', active: '#1f5fa8', target: '#a3a3a3' };

function ChartCard({ title, children, height = 260, measure }: { title: string; children: ReactNode; height?: number; measure?: (el: HTMLElement | null) => void }) {
  return (
    <Card size="small" title={title}>
      <figure ref={measure} role="img" aria-label={title} style={{ margin: 0, height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children as never}
        </ResponsiveContainer>
      </figure>
    </Card>
  );
}

/**
 * A figure with what it counts as its title, and the period it counts over beneath. The titles run to two lines
 * in Lao: the figures of a row stay level, each below the room its title takes.
 */
function Kpi({ title, value, period }: { title: string; value: number; period: string }) {
  return (
    <Card size="small" style={{ height: '100%' }} styles={{ body: { height: '100%' } }}>
      <section aria-label={title} style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
        <Typography.Text type="secondary" style={{ flex: 1 }}>
          {title}
        </Typography.Text>
        <Statistic value={value} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {period}
        </Typography.Text>
      </section>
    </Card>
  );
}

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const reference = useReference();
  const name = useLocalName();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(11, 'month').startOf('month'), dayjs().add(3, 'month').endOf('month')]);
  const [provinceId, setProvinceId] = useState<string | undefined>();
  const summary = useApiQuery('dashboard.summary', { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), ...(provinceId ? { provinceId } : {}) });
  const data = summary.data;
  // By level, then in the order of the names shown, as the Teams page lists them: Lao order in Lao.
  const inNameOrder = (teams: DashboardData['teams']) =>
    teams.map((x) => ({ ...x, label: name(x) })).sort((a, b) => levelRank.indexOf(a.level) - levelRank.indexOf(b.level) || compareLao(a.label, b.label));
  // The locale is named here: dayjs's global locale follows the language switch one render late.
  const dayLocale = i18n.language === 'lo' ? 'lo' : 'en-gb';
  const months = (data?.months ?? []).map((m) => ({ ...m, label: dayjs(`${m.month}-01`).locale(dayLocale).format('MMM YY') }));
  const monthName = (d: Dayjs) => d.locale(dayLocale).format('MMM YYYY');
  const period = range[0].isSame(range[1], 'month') ? monthName(range[0]) : t('dashboard.kpi.period', { from: monthName(range[0]), to: monthName(range[1]) });
  // The month labels are laid out for the width the charts have: every label whole, in Lao as in English.
  const [measureRef, chartWidth] = useWidth();
  const labelSize = useLabelSize(months.map((m) => m.label), tickFont);
  let leftMargin = 0;
  let axis = monthAxisLayout(labelSize, 30);
  for (let pass = 0; pass < 2 && chartWidth > 0 && months.length > 0; pass++) {
    const slot = (chartWidth - leftMargin - rightMargin - yAxisWidth) / months.length;
    axis = monthAxisLayout(labelSize, slot);
    // The first label starts half a slot from the Y axis (bars, and the line with its "gap" padding).
    leftMargin = Math.max(0, Math.ceil(axis.reachLeft + 6 - yAxisWidth - slot / 2));
  }
  const monthAxis = { dataKey: 'label', tick, interval: axis.interval, angle: axis.angle, textAnchor: axis.angle ? 'end' : 'middle', height: axis.height } as const;
  const monthMargin = { top: 8, right: rightMargin, bottom: 8, left: leftMargin };
  // The four cards of the grid, two by two, are as tall as each other: the plots keep their height as the labels grow.
  const gridHeight = 196 + axis.height;
  // In the order the series are drawn: recharts sorts legends by label, which put Held before Scheduled in English.
  // Names in the text's colour, beside their series' mark: recharts writes each in its series' colour, and the
  // pale ones (scheduled, target) could hardly be read.
  const legend = {
    wrapperStyle: { fontFamily, fontSize: 13 },
    itemSorter: (item: { dataKey?: unknown }) => seriesOrder.indexOf(String(item.dataKey)),
    formatter: (name: string) => <span style={{ color: tick.fill }}>{name}</span>,
  };
  const tooltip = { contentStyle: { fontFamily, fontSize: 13 } };

  return (
    <div className="page" style={{ maxWidth: 'none' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('dashboard.title')}
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker
            picker="month"
            aria-label={t('dashboard.period')}
            allowClear={false}
            value={range}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0].startOf('month'), v[1].endOf('month')])}
          />
          <Select
            allowClear
            aria-label={t('dashboard.province')}
            placeholder={t('dashboard.allProvinces')}
            style={{ width: 220 }}
            value={provinceId}
            onChange={setProvinceId}
            showSearch={{ optionFilterProp: 'label' }}
            options={reference.provinces.map((p) => ({ value: p.id, label: name(p) }))}
          />
        </Space>
      </Space>
      {/* The calendar, filtered by province, also lists central trainings (they shape its work): the figures
          here are the province's own, and that difference is said rather than left to be found. */}
      {provinceId && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t('dashboard.provinceOnly')}
        </Typography.Paragraph>
      )}
      {summary.error && <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
      {data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Row gutter={[12, 12]}>
            <Col flex="1 1 180px"><Kpi title={t('dashboard.kpi.held')} value={data.totals.held} period={period} /></Col>
            <Col flex="1 1 180px"><Kpi title={t('dashboard.kpi.scheduled')} value={data.totals.planned} period={period} /></Col>
            <Col flex="1 1 180px"><Kpi title={t('dashboard.kpi.participants')} value={data.participants.female + data.participants.male} period={period} /></Col>
            <Col flex="1 1 180px"><Kpi title={t('dashboard.kpi.villages')} value={data.totals.villages} period={period} /></Col>
            <Col flex="1 1 180px"><Kpi title={t('dashboard.kpi.qualifications')} value={data.totals.qualificationsGranted} period={period} /></Col>
          </Row>
          {data.totals.planned === 0 && <Empty description={t('dashboard.empty')} />}
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={12}>
              <ChartCard title={t('dashboard.sessionsPerMonth')} height={gridHeight} measure={measureRef}>
                <BarChart data={months} margin={monthMargin}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis {...monthAxis} />
                  <YAxis allowDecimals={false} tick={tick} width={yAxisWidth} />
                  <Tooltip {...tooltip} />
                  <Legend {...legend} />
                  <Bar isAnimationActive={false} dataKey="planned" name={t('dashboard.scheduled')} fill={colours.planned} />
                  <Bar isAnimationActive={false} dataKey="held" name={t('dashboard.held')} fill={colours.held} />
                </BarChart>
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={`${t('dashboard.participantsBySex')}: ${t('dashboard.female')} ${grouped(data.participants.female)} · ${t('dashboard.male')} ${grouped(data.participants.male)}`} height={gridHeight}>
                <BarChart data={months} margin={monthMargin}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis {...monthAxis} />
                  <YAxis allowDecimals={false} tick={tick} width={yAxisWidth} />
                  <Tooltip {...tooltip} />
                  <Legend {...legend} />
                  <Bar isAnimationActive={false} dataKey="female" stackId="sex" name={t('dashboard.female')} fill={colours.female} />
                  <Bar isAnimationActive={false} dataKey="male" stackId="sex" name={t('dashboard.male')} fill={colours.male} />
                </BarChart>
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={t('dashboard.villagesOverTime', { from: monthName(range[0]) })} height={gridHeight}>
                <LineChart data={months} margin={monthMargin}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis {...monthAxis} padding="gap" />
                  <YAxis allowDecimals={false} tick={tick} width={yAxisWidth} />
                  <Tooltip {...tooltip} />
                  <Legend {...legend} />
                  <Line isAnimationActive={false} type="stepAfter" dataKey="villagesReached" name={t('dashboard.villagesReached')} stroke={colours.villages} strokeWidth={2} dot={false} />
                  <Line isAnimationActive={false} type="monotone" dataKey="villagesTotal" name={t('dashboard.villagesTotal')} stroke={colours.total} strokeDasharray="6 4" dot={false} />
                </LineChart>
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={t('dashboard.trainersByLevel')} height={gridHeight}>
                <BarChart data={data.trainersByLevel.map((x) => ({ ...x, label: t(`calendar.level.${x.level}`) }))} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} tick={tick} />
                  <YAxis type="category" dataKey="label" tick={tick} width={90} />
                  <Tooltip {...tooltip} />
                  <Bar isAnimationActive={false} dataKey="active" name={t('dashboard.trainers')} fill={colours.active} label={{ position: 'right', ...tick }} />
                </BarChart>
              </ChartCard>
            </Col>
            <Col span={24}>
              <ChartCard title={t('dashboard.teamCapacity')} height={Math.max(200, 36 * data.teams.length + 70)}>
                <BarChart data={inNameOrder(data.teams)} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} barGap={-15}>
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} tick={tick} />
                  <YAxis type="category" dataKey="label" tick={tick} width={280} interval={0} />
                  <Tooltip {...tooltip} />
                  <Legend {...legend} />
                  {/* The target is a wide pale bar behind a narrow active one: a gap at the end is a team below target. */}
                  <Bar isAnimationActive={false} dataKey="target" name={t('dashboard.target')} fill={colours.target} barSize={20} />
                  <Bar isAnimationActive={false} dataKey="active" name={t('dashboard.active')} fill={colours.active} barSize={10} label={{ position: 'right', ...tick }} />
                </BarChart>
              </ChartCard>
            </Col>
          </Row>
        </Space>
      )}
    </div>
  );
}
