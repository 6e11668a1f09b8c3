import { Form, Input, Modal, Radio } from 'antd';
import { NumberInput } from '../components/NumberInput';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamRow } from '../../../shared/api';
import { teamInput } from '../../../shared/api/roster';
import { placeProblems, teamLevels } from '../../../shared/roster-rules';
import { useApiMutation } from '../api/queries';
import { PlaceSelects, levelDepth, placeAtLevel } from '../components/PlaceSelects';
import { useErrorText } from '../components/use-error-text';
import { problemsOf, useFormErrors } from '../hooks/use-form-errors';
import { useReference } from '../hooks/use-reference';
import { useLocalName } from '../hooks/use-reference';
import { useMessage } from '../components/use-message';

export function TeamFormModal({ open, team, onClose }: { open: boolean; team?: TeamRow; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const message = useMessage();
  const [form] = Form.useForm();
  const reference = useReference();
  const errors = useFormErrors(form);
  const errorText = useErrorText();
  const create = useApiMutation('teams.create', ['teams.list']);
  const update = useApiMutation('teams.update', ['teams.list', 'teams.get']);
  const level = Form.useWatch('level', form) as string | undefined;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(team ?? { level: 'district', targetSize: 6 });
  }, [open, team, form]);

  const submit = async () => {
    const all = form.getFieldsValue(true);
    const { provinceId, districtId } = placeAtLevel(all.level, all);
    const values = {
      nameLo: all.nameLo ?? '',
      nameEn: all.nameEn ?? '',
      level: all.level,
      provinceId,
      districtId,
      targetSize: all.targetSize,
      notes: all.notes ?? null,
    };
    const parsed = teamInput.safeParse(values);
    const problems = problemsOf(parsed, placeProblems({ officeLevel: values.level, provinceId: values.provinceId ?? null, districtId: values.districtId ?? null, villageId: null }));
    if (problems.length) return void (errors.fromProblems(problems) || message.error(t('validation.checkForm')));
    try {
      if (team) await update.mutateAsync({ id: team.id, team: values });
      else await create.mutateAsync(values);
      message.success(t(team ? 'teams.saved' : 'teams.created', { name: name({ nameLo: values.nameLo, nameEn: values.nameEn ?? '' }) }));
      onClose();
    } catch (e) {
      if (!errors.fromApi(e)) message.error(errorText(e));
    }
  };

  return (
    <Modal
      open={open}
      title={team ? t('teams.edit') : t('teams.add')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('roster.save')}
      cancelText={t('roster.cancel')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onValuesChange={errors.clearChanged}>
        <Form.Item name="nameLo" label={t('teams.nameLo')} required>
          <Input lang="lo" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('teams.nameEn')}>
          <Input />
        </Form.Item>
        <Form.Item name="level" label={t('teams.level')} required>
          <Radio.Group aria-label={t('teams.level')} optionType="button" options={teamLevels.map((l) => ({ value: l, label: t(`roster.level.${l}`) }))} />
        </Form.Item>
        <PlaceSelects reference={reference} depth={Math.min(2, levelDepth[level ?? 'central'] ?? 0)} />
        <Form.Item name="targetSize" label={t('teams.target')} required>
          <NumberInput aria-label={t('teams.target')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
