import { DuckDBInstance } from '@duckdb/node-api';
const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
const r = await con.runAndReadAll(process.argv[2]);
const rows = r.getRowObjectsJson();
for (const row of rows) console.log(JSON.stringify(row));
