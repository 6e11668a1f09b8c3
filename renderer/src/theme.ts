import type { ThemeConfig } from 'antd';

/**
 * One theme for every screen. Lao stacks vowels and tone marks above and below the line, so text gets a
 * slightly larger size and more line height than antd's defaults; 1366x768 at 125% still fits the layout.
 */
export const fontFamily = "'Noto Sans Lao', 'Phetsarath OT', 'Segoe UI', system-ui, sans-serif";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fa8',
    colorInfo: '#1f5fa8',
    borderRadius: 6,
    fontFamily,
    fontSize: 15,
    lineHeight: 1.7,
  },
  components: {
    Layout: { siderBg: '#10315a', headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: { darkItemBg: '#10315a', darkSubMenuItemBg: '#10315a', darkItemSelectedBg: '#1f5fa8', itemHeight: 44 },
  },
};
