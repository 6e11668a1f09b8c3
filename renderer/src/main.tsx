import '@fontsource/noto-sans-lao/400.css';
import '@fontsource/noto-sans-lao/700.css';
import './styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enGB from 'antd/es/locale/en_GB';
import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/lo';
import updateLocale from 'dayjs/plugin/updateLocale';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router-dom';
import { App } from './App';
import { i18n } from './i18n';
import { antdLo } from './i18n/antd-lo';
import { theme } from './theme';

// dayjs's Lao locale starts the week on Sunday, its British English one on Monday: the same week view and date
// pickers showed different days in the two languages. Offices work Monday to Friday; both start on Monday.
dayjs.extend(updateLocale);
dayjs.updateLocale('lo', { weekStart: 1 });
// Set as the language changes, before anything renders in it: set after rendering (an effect), month names
// drawn in that render kept the previous language.
const dayjsLocale = (language: string) => dayjs.locale(language === 'lo' ? 'lo' : 'en-gb');
dayjsLocale(i18n.language);
i18n.on('languageChanged', dayjsLocale);

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

function Localised() {
  const { i18n: current } = useTranslation();
  const lao = current.language === 'lo';
  return (
    <ConfigProvider theme={theme} locale={lao ? antdLo : enGB}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <HashRouter>
          <Localised />
        </HashRouter>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
