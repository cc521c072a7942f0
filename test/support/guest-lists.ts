import ExcelJS from 'exceljs';

export const GUEST_HEADERS = ['姓名', '单位', '职务', '级别', '手机号码', '邮箱', '性别', '类别', '邀请场次'];
export const RANKS = ['部级', '司局级', '处级', '科级以下'];

/** Row i's cells (i from 0): a plausible guest with a unique phone and e-mail. */
export function guestRow(i: number, sessionTitle: string): (string | number)[] {
  const phone = 13800000000 + i;
  return [
    `嘉宾${String(i).padStart(3, '0')}`,
    `单位${i % 17}`,
    i % 3 === 0 ? '主任' : '副主任',
    RANKS[i % RANKS.length],
    // Every fourth phone is a number cell, as Excel keeps a column of digits typed in.
    i % 4 === 0 ? phone : `${phone}`,
    `guest${i}@example.cn`,
    i % 2 === 0 ? '男' : '女',
    i % 10 === 0 ? '媒体' : i % 7 === 0 ? '演讲嘉宾' : '嘉宾',
    i % 5 === 0 ? sessionTitle : '',
  ];
}

/** An .xlsx with a title row above the header (as lists exported from WPS often have), then the rows. */
export async function guestWorkbook(rows: (string | number)[][], title = '2036年大会嘉宾名单'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('嘉宾');
  if (title) sheet.addRow([title]);
  sheet.addRow(GUEST_HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
