import { Alert, Button, Drawer, Form, Input, Radio, Select, Space } from 'antd';
import { NumberInput } from '../components/NumberInput';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { LikelyDuplicate, RosterRow } from '../../../shared/api';
import { officeLevels, personInput, personStatuses, sexes } from '../../../shared/roster-rules';
import { call } from '../api/client';
import { useApiMutation } from '../api/queries';
import { PlaceSelects, levelDepth, placeAtLevel } from '../components/PlaceSelects';
import { useErrorText } from '../components/use-error-text';
import { useFormErrors } from '../hooks/use-form-errors';
import { personName, usePersonDetail } from '../hooks/use-person-options';
import { useHomeProvinceId, useLocalName, useReference } from '../hooks/use-reference';
import { useMessage } from '../components/use-message';

const invalidates = ['roster.search', 'roster.get', 'teams.list', 'teams.get', 'demo.status'] as const;

/** Create or edit one person. Validated with the same rules as the backend, field by field. */
export function PersonFormDrawer({ person, open, onClose }: { person?: RosterRow; open: boolean; onClose: (saved?: RosterRow) => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm();
  const reference = useReference();
  const homeProvinceId = useHomeProvinceId();
  const name = useLocalName();
  const errors = useFormErrors(form);
  const errorText = useErrorText();
  const create = useApiMutation('roster.create', [...invalidates]);
  const update = useApiMutation('roster.update', [...invalidates]);
  const level = Form.useWatch('officeLevel', form) as string | undefined;
  // People already in the roster who are probably the one being added: shown once, then "Add anyway" saves.
  const [likelySame, setLikelySame] = useState<LikelyDuplicate[]>([]);
  // The phone's examples sit under the box until its error gives them, so they are not read twice. Read after
  // each change of the messages: antd's Form reports no change made through setFields.
  const [phoneWrong, setPhoneWrong] = useState(false);
  const notePhone = () => setPhoneWrong(form.getFieldError('phone').length > 0);
  const detail = usePersonDetail();

  useEffect(() => {
    if (!open) return;
    setLikelySame([]);
    setPhoneWrong(false);
    form.resetFields();
    // A new trainer at a provincial office is most likely of its province. Read when the drawer opens only:
    // the form must not be reset under someone typing when the office's status arrives.
    form.setFieldsValue(person ?? { sex: 'f', officeLevel: 'district', status: 'active', provinceId: homeProvinceId });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, person, form]);

  const submit = async () => {
    const all = form.getFieldsValue(true);
    const values = { ...all, ...placeAtLevel(all.officeLevel, all) };
    delete values.id;
    for (const k of ['teams', 'moduleIds', 'overdueModuleIds', 'overdueCount', 'deletedAt']) delete values[k];
    const parsed = personInput.safeParse(values);
    if (!parsed.success) {
      errors.fromIssues(parsed.error);
      notePhone();
      return;
    }
    try {
      if (!person && likelySame.length === 0) {
        const found = await call('roster.likelyDuplicates', values);
        if (found.length) {
          setLikelySame(found);
          return;
        }
      }
      const saved = person ? await update.mutateAsync({ id: person.id, person: values }) : await create.mutateAsync(values);
      message.success(person ? t('roster.saved') : t('roster.created', { name: saved.nameLo }));
      onClose(saved);
    } catch (e) {
      if (!errors.fromApi(e)) message.error(errorText(e));
      notePhone();
    }
  };

  return (
    <Drawer
      open={open}
      onClose={() => onClose()}
      size={520}
      title={person ? t('roster.editPerson', { name: person.nameLo }) : t('roster.newPerson')}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={() => onClose()}>{t('roster.cancel')}</Button>
          <Button type="primary" onClick={() => void submit()} loading={create.isPending || update.isPending}>
            {likelySame.length ? t('roster.addAnyway') : t('roster.save')}
          </Button>
        </Space>
      }
    >
      {likelySame.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('roster.likelySame')}
          description={
            <Space direction="vertical" size={2}>
              {likelySame.map((p) => (
                <Link key={p.id} to={`/trainers/${p.id}`} onClick={() => onClose()}>
                  {personName(p)} · {detail(p, true)}
                </Link>
              ))}
              {t('roster.likelySameHelp')}
            </Space>
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={() => void submit()}
        requiredMark
        onValuesChange={(changed) => {
          errors.clearChanged(changed);
          notePhone();
          // Another name, phone or year: compare again before saving.
          if (['nameLo', 'nameEn', 'phone', 'birthYear'].some((k) => k in changed)) setLikelySame([]);
        }}
      >
        <Form.Item name="nameLo" label={t('roster.field.nameLo')} required>
          <Input lang="lo" autoFocus />
        </Form.Item>
        <Form.Item name="nameEn" label={t('roster.field.nameEn')}>
          <Input lang="en" />
        </Form.Item>
        <Form.Item name="sex" label={t('roster.field.sex')} required>
          <Radio.Group aria-label={t('roster.field.sex')} options={sexes.map((s) => ({ value: s, label: t(`roster.sex.${s}`) }))} />
        </Form.Item>
        <Space size="large" align="start" style={{ display: 'flex' }}>
          <Form.Item name="birthYear" label={t('roster.field.birthYear')}>
            <NumberInput aria-label={t('roster.field.birthYear')} style={{ width: 120 }} controls={false} />
          </Form.Item>
          <Form.Item name="phone" label={t('roster.field.phone')} extra={phoneWrong ? undefined : t('roster.phoneHelp')}>
            <Input inputMode="tel" style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Form.Item name="organisationId" label={t('roster.field.organisation')}>
          <Select aria-label={t('roster.field.organisation')} allowClear options={reference.organisations.map((o) => ({ value: o.id, label: name(o) }))} />
        </Form.Item>
        <Form.Item name="position" label={t('roster.field.position')}>
          <Input />
        </Form.Item>
        <Form.Item name="officeLevel" label={t('roster.field.officeLevel')} required>
          <Radio.Group
            aria-label={t('roster.field.officeLevel')}
            optionType="button"
            options={officeLevels.map((l) => ({ value: l, label: t(`roster.level.${l}`) }))}
          />
        </Form.Item>
        <PlaceSelects reference={reference} depth={levelDepth[level ?? 'central'] ?? 0} />
        <Form.Item name="status" label={t('roster.field.status')}>
          <Select aria-label={t('roster.field.status')} options={personStatuses.map((s) => ({ value: s, label: t(`roster.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="notes" label={t('roster.field.notes')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
