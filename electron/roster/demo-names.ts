/** Plausible Lao names in both scripts, for demo data. Romanised as Lao offices usually write them. */
export const femaleGiven: Array<[string, string]> = [
  ['ບົວພັນ', 'Bouaphanh'], ['ສົມຈິດ', 'Somchit'], ['ຄຳແພງ', 'Khamphaeng'], ['ມະນີວອນ', 'Manivone'],
  ['ວັນນະພອນ', 'Vannaphone'], ['ພອນສະຫວັນ', 'Phonsavanh'], ['ດາວເຮືອງ', 'Daoheuang'], ['ແສງດາວ', 'Saengdao'],
  ['ນິດຕະຍາ', 'Nittaya'], ['ສຸດາລັດ', 'Soudalath'], ['ອຳພອນ', 'Amphone'], ['ຈັນທະລາ', 'Chanthala'],
  ['ໄລວັນ', 'Laivanh'], ['ທິບພະວັນ', 'Thippavanh'], ['ບຸນມາ', 'Bounma'], ['ວຽງສະໄໝ', 'Viengsamay'],
  ['ແກ້ວກັນຍາ', 'Keokanya'], ['ສີວິໄລ', 'Sivilay'], ['ປານີ', 'Pany'], ['ຄຳສອນ', 'Khamsone'],
];
export const maleGiven: Array<[string, string]> = [
  ['ສົມພອນ', 'Somphone'], ['ບຸນທັນ', 'Bounthanh'], ['ຄຳຫຼ້າ', 'Khamla'], ['ທອງສະຫວັດ', 'Thongsavath'],
  ['ວິໄລ', 'Vilay'], ['ສີສະຫວັດ', 'Sisavath'], ['ພູວົງ', 'Phouvong'], ['ອຸດອນ', 'Oudone'],
];
export const familyNames: Array<[string, string]> = [
  ['ສີສຸວັນ', 'Sisouvanh'], ['ພົມມະຈັນ', 'Phommachanh'], ['ວົງສາ', 'Vongsa'], ['ແກ້ວມະນີ', 'Keomany'],
  ['ສຸລິຍະວົງ', 'Souliyavong'], ['ໄຊຍະວົງ', 'Xayavong'], ['ພັນທະວົງ', 'Phanthavong'], ['ອິນທະວົງ', 'Inthavong'],
  ['ບຸບຜາ', 'Bouppha'], ['ສີຫາລາດ', 'Sihalath'], ['ຈັນທະວົງ', 'Chanthavong'], ['ພິລາວົງ', 'Philavong'],
  ['ດວງມາລາ', 'Douangmala'], ['ໄຊຍະສານ', 'Xayasanh'], ['ລາດສະວົງ', 'Ladsavong'], ['ແສງສຸລິຍາ', 'Sengsouliya'],
];
export const villageNames: Array<[string, string]> = [
  ['ນາໄຊ', 'Naxay'], ['ໂພນສະຫວັນ', 'Phonsavanh'], ['ດອນໃໝ່', 'Donmai'], ['ຫ້ວຍຊາຍ', 'Houayxay'],
  ['ນາຄຳ', 'Nakham'], ['ໂພນໄຊ', 'Phonxay'], ['ທ່າງອນ', 'Thangon'], ['ນາທອງ', 'Nathong'],
  ['ຫາດຊາຍຄຳ', 'Hatxaykham'], ['ໜອງບົວ', 'Nongboua'], ['ນາດີ', 'Nady'], ['ໂນນສະອາດ', 'Nonsa-at'],
  ['ສົບເຫືອງ', 'Sopheuang'], ['ນາຂາ', 'Nakha'], ['ຫ້ວຍໂປ່ງ', 'Houaypong'], ['ປາກຫ້ວຍ', 'Pakhouay'],
  ['ນາສ້າງ', 'Nasang'], ['ໂພນງາມ', 'Phonngam'], ['ດົງໂດກ', 'Dongdok'], ['ນາແຊງ', 'Naxaeng'],
  ['ທົ່ງປົ່ງ', 'Thongpong'], ['ໜອງແສງ', 'Nongsaeng'], ['ວັງຄຳ', 'Vangkham'], ['ນາເມືອງ', 'Namuang'],
  ['ຫົວຂົວ', 'Houakhua'], ['ສີເມືອງ', 'Simuang'],
];
export const positions: Array<[string, string]> = [
  ['ຫົວໜ້າພະແນກ', 'Head of division'],
  ['ຮອງຫົວໜ້າພະແນກ', 'Deputy head of division'],
  ['ພະນັກງານວິຊາການ', 'Technical officer'],
  ['ປະທານສະຫະພັນແມ່ຍິງ', 'LWU chair'],
  ['ຮອງປະທານສະຫະພັນແມ່ຍິງ', 'LWU vice-chair'],
];
