import { describe, expect, it } from 'vitest';
import { readingSeconds } from '../../renderer/src/components/reading-time';

describe('how long a message stays', () => {
  it('keeps a short note three seconds, a long refusal long enough to read, and none for ever', () => {
    expect(readingSeconds('ບັນທຶກແລ້ວ.')).toBe(3);
    const refusal = "ນາງ ກ ເປັນສະມາຊິກຂອງທີມນີ້ ຈາກ ນະຄອນຫຼວງວຽງຈັນ: ແຕ່ລະທີມນັບສະເພາະວິທະຍາກອນຂອງແຂວງຕົນເອງ, ຈຶ່ງປ່ຽນແຂວງຂອງທີມບໍ່ໄດ້ ໃນຂະນະທີ່ລາວຍັງຢູ່ໃນທີມ. ໃຫ້ສິ້ນສຸດ ຫຼື ລຶບການເປັນສະມາຊິກຂອງລາວກ່ອນ.";
    expect(readingSeconds(refusal)).toBeGreaterThanOrEqual(12);
    expect(readingSeconds('x'.repeat(5000))).toBe(20);
  });
});
