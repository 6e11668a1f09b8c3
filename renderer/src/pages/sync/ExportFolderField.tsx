import { Alert, Button, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';

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
  const choose = async () => {
    const r = await call('desktop.chooseFolder', props.folder.trim() ? { defaultPath: props.folder.trim() } : {});
    if (r.available && r.folder) props.onChange(r.folder);
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
        {props.nativeDialogs && <Button onClick={() => void choose()}>{t('syncPage.chooseExportFolder')}</Button>}
      </Space.Compact>
      <Typography.Text type="secondary">{t('syncPage.exportFolderHelp')}</Typography.Text>
      {props.gone && <Alert type="warning" showIcon title={t('syncPage.exportFolderGone', { folder: props.gone })} />}
    </Space>
  );
}
