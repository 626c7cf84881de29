/** Writes the workbook benchmark's files: `node xlsx-make.mjs <dir> <rows>` (run through bench/xlsx-ui.mjs). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchCsv, benchXlsx } from './xlsx-data';

const [dir = '.', rowsText = '100000'] = process.argv.slice(2);
const rows = Number(rowsText);
const xlsx = join(dir, `quality-${rows}.xlsx`);
const csv = join(dir, `quality-${rows}.csv`);
writeFileSync(xlsx, benchXlsx(rows));
writeFileSync(csv, benchCsv(rows));
console.log(JSON.stringify({ xlsx, csv }));
