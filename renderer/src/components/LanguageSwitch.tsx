import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, languages } from '../../../shared/i18n-keys';
import { useApiMutation } from '../api/queries';
import { rememberLanguage } from '../i18n';

/** Lao first. The choice is saved in this install's database, so it survives restarts in Electron and browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const save = useApiMutation('settings.setLanguage', ['settings.get']);
  const choose = async (language: Language) => {
    await i18n.changeLanguage(language);
    rememberLanguage(language);
    save.mutate({ language });
  };
  return (
    <Radio.Group
      aria-label={t('app.languageSwitch')}
      optionType="button"
      buttonStyle="solid"
      value={i18n.language}
      onChange={(e) => void choose(e.target.value as Language)}
      options={languages.map((l) => ({ value: l, label: t(`app.${l}`) }))}
    />
  );
}
