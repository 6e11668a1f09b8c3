import { Alert, Button, DatePicker, Divider, Drawer, Form, Input, Radio, Select, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferPreview } from '../../../shared/api';
import { transferInput } from '../../../shared/api/transfers';
import { officeLevels, placeProblems, todayIso } from '../../../shared/roster-rules';
import { ApiCallError, call } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/queries';
import { PlaceSelects, levelDepth, placeAtLevel } from '../components/PlaceSelects';
import { useErrorText } from '../components/use-error-text';
import { problemsOf, useFormErrors } from '../hooks/use-form-errors';
import { useLocalName, useReference } from '../hooks/use-reference';
import { TransferImpact } from './TransferImpact';
import { usePersonOptions } from '../hooks/use-person-options';
import { useMessage } from '../components/use-message';

const invalidates = ['transfers.list', 'roster.search', 'roster.get', 'teams.list', 'teams.get', 'capacity.overview'] as const;

/** The destination as the transfer names it, at the form's level and no deeper (placeAtLevel). */
function destinationOf(values: Record<string, any>) {
  const place = placeAtLevel(values.toOfficeLevel, values);
  return { toProvinceId: place.provinceId, toDistrictId: place.districtId, toVillageId: place.villageId };
}

/** Record a transfer, with its cost to team capacity shown before saving and updated as the form changes. */
export function RecordTransferDrawer({ open, personId, onClose }: { open: boolean; personId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm();
  const reference = useReference();
  const name = useLocalName();
  const errors = useFormErrors(form, { toProvinceId: 'provinceId', toDistrictId: 'districtId', toVillageId: 'villageId' });
  const errorText = useErrorText();
  const people = useApiQuery('roster.search', {}, { enabled: open && !personId });
  // Someone moved to a post without training is moved again too (back to training, say); who has left the
  // organisation is not (the backend refuses it, and her page offers no transfer).
  const personOptions = usePersonOptions(useMemo(() => people.data?.filter((p) => p.status !== 'left'), [people.data]));
  const record = useApiMutation('transfers.record', [...invalidates]);
  const values = Form.useWatch([], form) as Record<string, any> | undefined;
  const [preview, setPreview] = useState<TransferPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  // What saving would refuse (a date before a membership that really happened), said before saving.
  const [previewError, setPreviewError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    // No training role is chosen ahead: whether the person still trains is the question a transfer must answer,
    // so that skills neither leave unseen nor are counted at a post where nobody uses them.
    form.setFieldsValue({ personId, date: dayjs(), toOfficeLevel: 'district' });
    setPreview(null);
  }, [open, personId, form]);

  const input = useMemo(() => {
    // A field set without a Form.Item (the person, when the drawer is opened from her page) is not watched.
    const person = personId ?? values?.personId;
    if (!person || !values?.date) return null;
    return {
      personId: person,
      date: dayjs(values.date).format('YYYY-MM-DD'),
      toOrganisationId: values.toOrganisationId ?? null,
      toPosition: values.toPosition ?? null,
      toOfficeLevel: values.toOfficeLevel,
      ...destinationOf(values),
      reason: values.reason ?? null,
      keepsTrainingRole: !!values.keepsTrainingRole,
    };
  }, [values, personId]);
  const key = JSON.stringify(input);

  useEffect(() => {
    if (!input) return;
    let live = true;
    setPreviewing(true);
    call('transfers.preview', input)
      .then((p) => {
        if (!live) return;
        setPreview(p);
        setPreviewError(null);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setPreview(null);
        // Only a refusal of the transfer itself: a form still being filled in is not an error yet.
        setPreviewError(e instanceof ApiCallError && e.error.code.startsWith('transfers.') ? e : null);
      })
      .finally(() => live && setPreviewing(false));
    return () => {
      live = false;
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async () => {
    // The destination is checked here as the backend checks it, so that every message shows at once.
    const place = destinationOf(values ?? {});
    const placeIssues = placeProblems({ officeLevel: values?.toOfficeLevel, provinceId: place.toProvinceId, districtId: place.toDistrictId, villageId: place.toVillageId });
    if (!input) {
      // No person (or no date) yet: every other missing answer is said now too, not one Save at a time.
      // The place first: showing its messages takes away any other, which the form's own rules then add back.
      errors.fromProblems(placeIssues);
      await form.validateFields(['personId', 'date', 'keepsTrainingRole']).catch(() => undefined);
      return;
    }
    // The preview assumed an unanswered training role ends it; saving needs the answer.
    const parsed = transferInput.safeParse({ ...input, keepsTrainingRole: values?.keepsTrainingRole });
    const problems = problemsOf(parsed, placeIssues);
    if (!parsed.success || problems.length) return void (errors.fromProblems(problems) || message.error(t('validation.checkForm')));
    try {
      const saved = await record.mutateAsync(parsed.data);
      message.success(t('transfers.saved', { name: name({ nameLo: saved.personNameLo, nameEn: saved.personNameEn }) }));
      onClose();
    } catch (e) {
      if (!errors.fromApi(e)) message.error(errorText(e));
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={620}
      title={t('transfers.record')}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('roster.cancel')}</Button>
          <Button type="primary" onClick={() => void submit()} loading={record.isPending}>
            {t('transfers.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onValuesChange={errors.clearChanged}>
        {!personId && (
          <Form.Item name="personId" label={t('transfers.person')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select
              aria-label={t('transfers.person')}
              placeholder={t('transfers.choosePerson')}
              showSearch={{ optionFilterProp: 'label' }}
              options={personOptions}
            />
          </Form.Item>
        )}
        <Form.Item name="date" label={t('transfers.date')} rules={[{ required: true, message: t('validation.date') }]}>
          <DatePicker aria-label={t('transfers.date')} format="YYYY-MM-DD" allowClear={false} />
        </Form.Item>
        {input && input.date > todayIso() && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('transfers.aheadNote', { date: input.date })} />}
        <Spin spinning={previewing}>
          {preview && <TransferImpact preview={preview} />}
          {previewError != null && <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} title={errorText(previewError)} />}
        </Spin>
        <Divider titlePlacement="start">{t('transfers.destination')}</Divider>
        <Form.Item name="toOfficeLevel" label={t('transfers.toLevel')} required>
          <Radio.Group aria-label={t('transfers.toLevel')} optionType="button" options={officeLevels.map((l) => ({ value: l, label: t(`roster.level.${l}`) }))} />
        </Form.Item>
        <PlaceSelects reference={reference} depth={levelDepth[values?.toOfficeLevel ?? 'central'] ?? 0} />
        <Form.Item name="toOrganisationId" label={t('transfers.toOrganisation')}>
          <Select aria-label={t('transfers.toOrganisation')} allowClear showSearch={{ optionFilterProp: 'label' }} options={reference.organisations.map((o) => ({ value: o.id, label: name(o) }))} />
        </Form.Item>
        <Form.Item name="toPosition" label={t('transfers.toPosition')}>
          <Input />
        </Form.Item>
        <Form.Item name="reason" label={t('transfers.reason')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="keepsTrainingRole" label={t('transfers.trainingRole')} rules={[{ required: true, message: t('validation.trainingRoleRequired') }]}>
          <Radio.Group
            aria-label={t('transfers.trainingRole')}
            options={[
              { value: true, label: t('transfers.keepsHelp') },
              { value: false, label: t('transfers.leavesHelp') },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
