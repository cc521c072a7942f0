import { attendeeCsv, misreadBySpreadsheets } from './registration-csv';

/** Splits a CSV line on a separator the way a spreadsheet does (quotes kept together), for the locales that use `;`. */
function splitLike(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      fields.push(field);
      field = '';
      continue;
    }
    field += char;
  }
  return [...fields, field];
}

describe('attendee CSV against formula injection', () => {
  it('neutralises a formula that starts after a ; or a , (Excel in a ;-separated locale)', () => {
    for (const text of ['a;=1+1', 'a,=1+1', 'x; +cmd|calc', '单位;@SUM(A1)']) expect(misreadBySpreadsheets(text)).toBe(true);
    expect(misreadBySpreadsheets('中国网络社会组织联合会；秘书处')).toBe(false);

    const csv = attendeeCsv({ timeZone: 'Asia/Shanghai', columns: [{ header: '姓名' }, { header: '单位' }], rows: [['a;=1+1', '某单位']] } as never).toString('utf8');
    const line = csv.split('\r\n')[1];
    for (const separator of [',', ';']) {
      for (const field of splitLike(line, separator)) expect(field.replace(/^"/, '')).not.toMatch(/^\s*[=+\-@](?!")/);
    }
  });
});
