// check.mjs DATASET_DIR EXPECT.json
//
// Reads a commentariat dataset with DuckDB, an independent Parquet reader,
// the way the output package documents it:
//
//   read_parquet('DIR/<table>/*/*.parquet', hive_partitioning=true, union_by_name=true)
//
// and compares what DuckDB sees with EXPECT.json:
//
//   {
//     "tables": {
//       "documents": {"rows": 7, "columns": [["doc_id", "VARCHAR"], ["published", "DATE"], ...]},
//       ...
//     },
//     "queries": [
//       {"name": "...", "sql": "SELECT ... FROM {documents} ...", "rows": [[...], ...]}
//     ]
//   }
//
// Columns are compared in order (name and DuckDB type, as DESCRIBE gives
// them). In a query, {table} stands for that table's read_parquet call;
// rows are compared as DuckDB's JSON conversion gives them (BIGINT as a
// string, DATE as "YYYY-MM-DD", lists as arrays, NULL as null).
//
// Prints every difference and exits 1 if there is any, 2 on bad usage.

import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [dir, expectPath] = process.argv.slice(2);
if (!dir || !expectPath) {
  console.error('usage: node check.mjs DATASET_DIR EXPECT.json');
  process.exit(2);
}
const expect = JSON.parse(readFileSync(expectPath, 'utf8'));

const quote = (s) => `'${s.replaceAll("'", "''")}'`;
const source = (table) =>
  `read_parquet(${quote(`${dir}/${table}/*/*.parquet`)}, hive_partitioning=true, union_by_name=true)`;

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const problems = [];

async function rows(sql) {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowObjectsJson();
}

for (const [table, want] of Object.entries(expect.tables ?? {})) {
  try {
    const [{ n }] = await rows(`SELECT count(*)::INTEGER AS n FROM ${source(table)}`);
    if (n !== want.rows) {
      problems.push(`${table}: ${n} rows, want ${want.rows}`);
    }
    const got = (await rows(`DESCRIBE SELECT * FROM ${source(table)}`)).map((r) => [r.column_name, r.column_type]);
    const width = Math.max(got.length, want.columns.length);
    for (let i = 0; i < width; i++) {
      const g = got[i] ? `${got[i][0]} ${got[i][1]}` : '(none)';
      const w = want.columns[i] ? `${want.columns[i][0]} ${want.columns[i][1]}` : '(none)';
      if (g !== w) {
        problems.push(`${table}: column ${i + 1} is ${g}, want ${w}`);
      }
    }
  } catch (err) {
    problems.push(`${table}: ${err.message}`);
  }
}

for (const q of expect.queries ?? []) {
  const sql = q.sql.replace(/\{(\w+)\}/g, (_, table) => source(table));
  try {
    const got = (await rows(sql)).map((r) => Object.values(r));
    const g = JSON.stringify(got);
    const w = JSON.stringify(q.rows);
    if (g !== w) {
      problems.push(`query ${q.name}:\n    got  ${g}\n    want ${w}\n    sql  ${sql}`);
    }
  } catch (err) {
    problems.push(`query ${q.name}: ${err.message}\n    sql  ${sql}`);
  }
}

const tables = Object.keys(expect.tables ?? {}).length;
const queries = (expect.queries ?? []).length;
if (problems.length > 0) {
  console.error(`DuckDB sees ${dir} differently from ${expectPath}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`ok: DuckDB reads ${tables} tables of ${dir} as expected (${queries} queries checked)`);
