import { Alert, Button, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbsolutePath } from '../../../../shared/paths';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * Where packages are written: the last folder used on this computer, prefilled. The desktop app offers its
 * folder dialog; a browser cannot name a folder on disk, so there the path is typed (E:\ or /media/usb).
 */
export function useExportFolder() {
  const remembered = useApiQuery('sync.exportFolder', {});
  const [folder, setFolder] = useState<string | null>(null);
  useEffect(() => {
    if (folder === null && remembered.data) setFolder(remembered.data.folder ?? '');
  }, [folder, remembered.data]);
  return { folder: folder ?? '', setFolder, remembered: remembered.data };
}

export function ExportFolderField(props: { folder: string; onChange: (f: string) => void; nativeDialogs: boolean; gone: string | null }) {
  const { t } = useTranslation();
  const dialog = useApiMutation('desktop.chooseFolder');
  const choose = () => {
    const current = props.folder.trim();
    dialog.mutate(isAbsolutePath(current) ? { defaultPath: current } : {}, {
      onSuccess: (r) => {
        if (r.available && r.folder) props.onChange(r.folder);
      },
    });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <label htmlFor="sync-export-folder">
        <Typography.Text strong>{t('syncPage.exportFolder')}</Typography.Text>
      </label>
      <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
        <Input
          id="sync-export-folder"
          value={props.folder}
          placeholder={t('syncPage.exportFolderPlaceholder')}
          onChange={(e) => props.onChange(e.target.value)}
          spellCheck={false}
        />
        {props.nativeDialogs && (
          <Button loading={dialog.isPending} onClick={choose}>
            {t('syncPage.chooseExportFolder')}
          </Button>
        )}
      </Space.Compact>
      <Typography.Text type="secondary">{t('syncPage.exportFolderHelp')}</Typography.Text>
      {dialog.error && <ErrorAlert error={dialog.error} />}
      {props.gone && <Alert type="warning" showIcon title={t('syncPage.exportFolderGone', { folder: props.gone })} />}
    </Space>
  );
}
