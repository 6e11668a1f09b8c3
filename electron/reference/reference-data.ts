/**
 * Reference data every install ships with identical ids (UUID v5 of the code), so offices agree on it
 * without syncing it. Central maintains it from there: an edit or an addition by central is an ordinary
 * change message, which wins over these baseline rows everywhere.
 *
 * Provinces: the 18 first-level divisions of Lao PDR with their ISO 3166-2:LA codes (ISO 3166-2 as published
 * by the ISO 3166 Maintenance Agency; English names in the romanisation the LWU uses in its reports).
 * Districts: only those of the LWU programme's demo provinces; central adds the others from the app.
 */
export const provinces = [
  { code: 'LA-VT', name_lo: 'ນະຄອນຫຼວງວຽງຈັນ', name_en: 'Vientiane Capital' },
  { code: 'LA-PH', name_lo: 'ຜົ້ງສາລີ', name_en: 'Phongsaly' },
  { code: 'LA-LM', name_lo: 'ຫຼວງນ້ຳທາ', name_en: 'Luang Namtha' },
  { code: 'LA-OU', name_lo: 'ອຸດົມໄຊ', name_en: 'Oudomxay' },
  { code: 'LA-BK', name_lo: 'ບໍ່ແກ້ວ', name_en: 'Bokeo' },
  { code: 'LA-LP', name_lo: 'ຫຼວງພະບາງ', name_en: 'Luang Prabang' },
  { code: 'LA-HO', name_lo: 'ຫົວພັນ', name_en: 'Houaphanh' },
  { code: 'LA-XA', name_lo: 'ໄຊຍະບູລີ', name_en: 'Xayaboury (Sayabouly)' },
  { code: 'LA-XI', name_lo: 'ຊຽງຂວາງ', name_en: 'Xiengkhouang' },
  { code: 'LA-VI', name_lo: 'ວຽງຈັນ', name_en: 'Vientiane Province' },
  { code: 'LA-BL', name_lo: 'ບໍລິຄຳໄຊ', name_en: 'Bolikhamxay' },
  { code: 'LA-KH', name_lo: 'ຄຳມ່ວນ', name_en: 'Khammouane' },
  { code: 'LA-SV', name_lo: 'ສະຫວັນນະເຂດ', name_en: 'Savannakhet' },
  { code: 'LA-SL', name_lo: 'ສາລະວັນ', name_en: 'Salavan' },
  { code: 'LA-XE', name_lo: 'ເຊກອງ', name_en: 'Sekong' },
  { code: 'LA-CH', name_lo: 'ຈຳປາສັກ', name_en: 'Champasak' },
  { code: 'LA-AT', name_lo: 'ອັດຕະປື', name_en: 'Attapeu' },
  { code: 'LA-XS', name_lo: 'ໄຊສົມບູນ', name_en: 'Xaisomboun' },
];

export const districts = [
  { province: 'LA-BL', code: 'LA-BL-PKD', name_lo: 'ປາກກະດິງ', name_en: 'Pakkading' },
  { province: 'LA-BL', code: 'LA-BL-KKT', name_lo: 'ຄຳເກີດ', name_en: 'Khamkeut' },
  { province: 'LA-XA', code: 'LA-XA-PKL', name_lo: 'ປາກລາຍ', name_en: 'Paklai' },
  { province: 'LA-XA', code: 'LA-XA-KTH', name_lo: 'ແກ່ນທ້າວ', name_en: 'Kenethao' },
  { province: 'LA-XA', code: 'LA-XA-BTN', name_lo: 'ບໍ່ແຕນ', name_en: 'Botene' },
  { province: 'LA-VT', code: 'LA-VT-SKB', name_lo: 'ສີໂຄດຕະບອງ', name_en: 'Sikhottabong' },
  { province: 'LA-VT', code: 'LA-VT-XTN', name_lo: 'ໄຊທານີ', name_en: 'Xaythany' },
  { province: 'LA-VT', code: 'LA-VT-HXF', name_lo: 'ຫາດຊາຍຟອງ', name_en: 'Hadxayfong' },
];

/** The curriculum of the anti-trafficking training of trainers, in teaching order. */
export const modules = [
  { code: 'trafficking-law', name_lo: 'ແນວຄິດ ແລະ ກົດໝາຍກ່ຽວກັບການຄ້າມະນຸດ', name_en: 'Trafficking concepts and law' },
  { code: 'safe-migration', name_lo: 'ການເຄື່ອນຍ້າຍແຮງງານທີ່ປອດໄພ', name_en: 'Safe migration' },
  { code: 'womens-rights-law', name_lo: 'ກົດໝາຍວ່າດ້ວຍສິດທິຂອງແມ່ຍິງ', name_en: "Women's rights law" },
  { code: 'labour-immigration', name_lo: 'ກົດໝາຍແຮງງານ ແລະ ລະບຽບການເຂົ້າເມືອງ', name_en: 'Labour law and immigration rules' },
  { code: 'child-labour', name_lo: 'ສົນທິສັນຍາ ILO ສະບັບທີ 138 ແລະ 182 ແລະ ແຮງງານເດັກ', name_en: 'ILO C138 and C182 and child labour' },
  { code: 'case-reporting', name_lo: 'ເຄືອຂ່າຍຂໍ້ມູນຂ່າວສານ ແລະ ການລາຍງານກໍລະນີ', name_en: 'Information networks and case reporting' },
  { code: 'gender-abuse', name_lo: 'ບົດບາດຍິງຊາຍ ແລະ ການລ່ວງລະເມີດທາງເພດ', name_en: 'Gender and sexual abuse' },
  { code: 'training-methods', name_lo: 'ວິທີການຝຶກອົບຮົມ', name_en: 'Training methods' },
  { code: 'advocacy-media', name_lo: 'ການໂຄສະນາເຜີຍແຜ່ ແລະ ສື່ມວນຊົນ', name_en: 'Advocacy and media' },
  { code: 'surveys', name_lo: 'ການສຳຫຼວດພື້ນຖານ ແລະ ການປະເມີນຜົນ', name_en: 'Baseline and evaluation surveys' },
];
