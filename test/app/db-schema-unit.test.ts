/// <reference types="vite/client" />
import { is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../workers/db/schema";

// Every feature's schema file, as Vite finds it: a file left out of the index is invisible to the app's
// queries and to drizzle-kit, which reads the schema through the index.
const files = import.meta.glob<Record<string, unknown>>("../../workers/db/schema/*.ts", { eager: true });

describe("the schema's index", () => {
  it("gathers every table of every feature's schema file", () => {
    const gathered = new Set<unknown>(Object.values(schema));
    const missing = Object.entries(files).flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([, value]) => is(value, SQLiteTable) && !gathered.has(value))
        .map(([name]) => `${name} (${file})`),
    );
    expect(Object.keys(files).length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
