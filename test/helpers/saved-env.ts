/** The values these environment variables have now, and restore() to put them back (unset ones unset again). */
export function savedEnvironment(keys: readonly string[]): { restore(): void } {
  const saved = Object.fromEntries(keys.map((key) => [key, process.env[key]]));
  return {
    restore() {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
}
