import { describe, expect, it } from 'vitest';
import { parseCsv, detectDelimiter } from '../../../src/main/core/import/csvParse';
import { codes, importError, parseFixture, parseText } from './helpers';

describe('RFC 4180 reader', () => {
  it('handles quotes, escaped quotes, line breaks inside quotes and every line ending', () => {
    const { rows, unterminatedAt } = parseCsv('a,"b ""quoted""",c\r\n"multi\nline",,x\ry,z,', ',');
    expect(unterminatedAt).toBeNull();
    expect(rows).toEqual([
      { cells: ['a', 'b "quoted"', 'c'], line: 1 },
      { cells: ['multi\nline', '', 'x'], line: 2 },
      { cells: ['y', 'z', ''], line: 4 },
    ]);
  });

  it('reports an unterminated quote instead of losing the rest', () => {
    const { rows, unterminatedAt } = parseCsv('a,b\n"open,c\nd,e', ',');
    expect(unterminatedAt).toBe(2);
    expect(rows[1]!.cells).toEqual(['open,c\nd,e']);
  });

  it('detects comma, semicolon and tab delimiters', () => {
    expect(detectDelimiter('time,from,text\n1,2,3\n').delimiter).toBe(',');
    expect(detectDelimiter('time;from;text\n1;"2,5";3\n').delimiter).toBe(';');
    expect(detectDelimiter('time\tfrom\ttext\n1\t2,5\t3\n').delimiter).toBe('\t');
  });
});

describe('CSV transcript', () => {
  it('guesses the columns from Chinese headers and asks to confirm; BOM, semicolons, quoted newlines', async () => {
    const r = await parseFixture('messages-semicolon-bom.csv', { timeZone: 'Asia/Shanghai' });
    expect(r.format).toBe('csv');
    expect(r.csv).toEqual({ header: ['时间', '发送人', '内容', '备注'], delimiter: ';', rows: 4, suggestedColumns: { time: 0, sender: 1, text: 2 } });
    expect(r.needs).toEqual(['columnMapping']);
    expect(r.messages.map((m) => m.text)).toEqual(['您好; 请问有什么可以帮您？', '我的提现卡住了\n订单号 "W-123"', '已为您加急处理 🙏']);
    expect(r.messages[0]!.occurredAt).toBe('2024-03-01T02:15:00.000Z');
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'bad_time', line: 5, text: 'yesterday;我;this row has no usable time;' })]);
  });

  it('uses the mapping it is given', async () => {
    const r = await parseFixture('messages-semicolon-bom.csv', { timeZone: 'UTC', columns: { sender: 3, time: 0, text: 2 } });
    expect(r.needs).toEqual([]);
    expect(r.senders).toEqual(['urgent']);
    expect(r.messages.map((m) => m.sender)).toEqual(['', 'urgent', '']);
  });

  it('needs a mapping and shows no messages when the headers say nothing', async () => {
    const r = await parseText('a,b,c\n2024-03-01 10:00,x,y\n', 'export.csv');
    expect(r.needs).toContain('columnMapping');
    expect(r.messages).toEqual([]);
    expect(r.csv!.suggestedColumns).toEqual({});
  });

  it('refuses a mapping to columns that do not exist', async () => {
    const error = await importError(parseText('from,time,text\nA,2024-03-01 10:00,hi\n', 'x.csv', { columns: { sender: 0, time: 1, text: 7 } }));
    expect(error.code).toBe('bad_option');
  });

  it('reads many time styles: ISO with offset, epoch seconds and milliseconds, Chinese, English, separate date and time columns', async () => {
    const csv = [
      'from,timestamp,message',
      'A,2024-03-01T10:15:00+08:00,iso',
      'A,1709259300,epoch',
      'A,1709259300000,epoch ms',
      'A,2024年3月1日 10:15,chinese',
      'A,"March 1, 2024 10:15 AM",english',
      'A,2024/03/01 下午2:15,meridiem',
    ].join('\n');
    const r = await parseText(csv, 'x.csv', { timeZone: 'Asia/Shanghai', columns: { sender: 0, time: 1, text: 2 } });
    expect(r.messages.map((m) => m.occurredAt)).toEqual([
      '2024-03-01T02:15:00.000Z',
      '2024-03-01T02:15:00.000Z',
      '2024-03-01T02:15:00.000Z',
      '2024-03-01T02:15:00.000Z',
      '2024-03-01T02:15:00.000Z',
      '2024-03-01T06:15:00.000Z',
    ]);
    const split = await parseText('日期,时间,发送者,消息\n2024-03-01,10:15,A,hi\n', 'y.csv', { timeZone: 'UTC' });
    expect(split.csv!.suggestedColumns).toEqual({ date: 0, time: 1, sender: 2, text: 3 });
    expect(split.messages[0]!.occurredAt).toBe('2024-03-01T10:15:00.000Z');
  });

  it('decides day/month order from the data, or asks', async () => {
    const columns = { sender: 0, time: 1, text: 2 };
    const proven = await parseText('from,time,text\nA,13/03/2024 10:00,x\nA,03/04/2024 10:00,y\n', 'x.csv', { timeZone: 'UTC', columns });
    expect(proven.dateOrder).toBe('dmy');
    expect(proven.messages[1]!.occurredAt).toBe('2024-04-03T10:00:00.000Z');
    const open = await parseText('from,time,text\nA,03/04/2024 10:00,y\n', 'x.csv', { timeZone: 'UTC', columns });
    expect(open.needs).toEqual(['dateOrder']);
    expect(open.messages[0]!.occurredAt).toBeNull();
  });

  it('turns impossible dates into warnings per row', async () => {
    const r = await parseText('from,time,text\nA,2024-02-30 10:00,x\nA,2024-02-29 10:00,y\n', 'x.csv', { timeZone: 'UTC' });
    expect(r.messages.map((m) => m.text)).toEqual(['y']);
    expect(codes(r)).toEqual(['invalid_date']);
  });

  it('is recognised by its content even when the name says .txt', async () => {
    const r = await parseText('sender,time,content\nA,2024-03-01 10:00,hi\nB,2024-03-01 10:01,hello\n', 'export.txt', { timeZone: 'UTC' });
    expect(r.format).toBe('csv');
    expect(r.messages).toHaveLength(2);
  });
});
