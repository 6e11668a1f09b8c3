import type { Locale } from 'antd/es/locale';
import enGB from 'antd/es/locale/en_GB';

/**
 * antd ships no Lao locale. The widgets' own words (empty tables, pagination, dialogs, pickers) in Lao,
 * over the British English base for dates in day-month-year order.
 */
const datePickerLo = {
  ...enGB.DatePicker!,
  lang: {
    ...enGB.DatePicker!.lang,
    locale: 'lo',
    placeholder: 'ເລືອກວັນທີ',
    rangePlaceholder: ['ວັນທີເລີ່ມ', 'ວັນທີສິ້ນສຸດ'] as [string, string],
    // The month, year and week pickers have placeholders of their own, left in English until given here.
    rangeMonthPlaceholder: ['ເດືອນເລີ່ມ', 'ເດືອນສິ້ນສຸດ'] as [string, string],
    rangeYearPlaceholder: ['ປີເລີ່ມ', 'ປີສິ້ນສຸດ'] as [string, string],
    rangeWeekPlaceholder: ['ອາທິດເລີ່ມ', 'ອາທິດສິ້ນສຸດ'] as [string, string],
    rangeQuarterPlaceholder: ['ໄຕມາດເລີ່ມ', 'ໄຕມາດສິ້ນສຸດ'] as [string, string],
    yearPlaceholder: 'ເລືອກປີ',
    monthPlaceholder: 'ເລືອກເດືອນ',
    weekPlaceholder: 'ເລືອກອາທິດ',
    today: 'ມື້ນີ້',
    now: 'ດຽວນີ້',
    ok: 'ຕົກລົງ',
    clear: 'ລ້າງ',
    month: 'ເດືອນ',
    year: 'ປີ',
    week: 'ອາທິດ',
    previousMonth: 'ເດືອນກ່ອນ',
    nextMonth: 'ເດືອນໜ້າ',
    previousYear: 'ປີກ່ອນ',
    nextYear: 'ປີໜ້າ',
  },
};

export const antdLo: Locale = {
  ...enGB,
  locale: 'lo',
  DatePicker: datePickerLo,
  Calendar: datePickerLo,
  // The drawers' and dialogs' close button is named from here for screen readers and tests.
  global: { ...enGB.global, placeholder: 'ກະລຸນາເລືອກ', close: 'ປິດ', sortable: 'ຮຽງໄດ້', show: 'ສະແດງ', hide: 'ເຊື່ອງ' },
  Empty: { description: 'ບໍ່ມີຂໍ້ມູນ' },
  Modal: { okText: 'ຕົກລົງ', cancelText: 'ຍົກເລີກ', justOkText: 'ຕົກລົງ' },
  Popconfirm: { okText: 'ຕົກລົງ', cancelText: 'ຍົກເລີກ' },
  Table: {
    ...enGB.Table,
    filterTitle: 'ຕົວກອງ',
    filterConfirm: 'ຕົກລົງ',
    filterReset: 'ລ້າງ',
    filterEmptyText: 'ບໍ່ມີຕົວກອງ',
    filterCheckAll: 'ເລືອກທັງໝົດ',
    filterSearchPlaceholder: 'ຊອກຫາໃນຕົວກອງ',
    emptyText: 'ບໍ່ມີຂໍ້ມູນ',
    selectAll: 'ເລືອກທັງໝົດ',
    sortTitle: 'ຮຽງລຳດັບ',
    triggerDesc: 'ກົດເພື່ອຮຽງຈາກຫຼາຍຫາໜ້ອຍ',
    triggerAsc: 'ກົດເພື່ອຮຽງຈາກໜ້ອຍຫາຫຼາຍ',
    cancelSort: 'ກົດເພື່ອຍົກເລີກການຮຽງ',
  },
  Pagination: { ...enGB.Pagination, items_per_page: '/ ໜ້າ', jump_to: 'ໄປທີ່', page: 'ໜ້າ', prev_page: 'ໜ້າກ່ອນ', next_page: 'ໜ້າຕໍ່ໄປ' },
  Upload: { ...enGB.Upload, uploading: 'ກຳລັງອັບໂຫຼດ…', removeFile: 'ເອົາໄຟລ໌ອອກ', uploadError: 'ອັບໂຫຼດບໍ່ສຳເລັດ' },
  Form: { ...enGB.Form, optional: '(ບໍ່ບັງຄັບ)', defaultValidateMessages: { required: 'ກະລຸນາປ້ອນ ${label}' } },
  Text: { edit: 'ແກ້ໄຂ', copy: 'ສຳເນົາ', copied: 'ສຳເນົາແລ້ວ', expand: 'ເບິ່ງຕື່ມ', collapse: 'ຫຍໍ້' },
};
