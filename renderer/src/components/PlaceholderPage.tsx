import { Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A page whose feature is not built yet says plainly what will be there; it never shows made-up data. */
export function PlaceholderPage({ page }: { page: string }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <Typography.Title level={2}>{t(`pages.${page}.title`)}</Typography.Title>
      <Card>
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <>
              <Tag>{t('app.comingSoon')}</Tag>
              <Typography.Paragraph style={{ maxWidth: 640, margin: '12px auto 0' }}>{t(`pages.${page}.empty`)}</Typography.Paragraph>
            </>
          }
        />
      </Card>
    </div>
  );
}
