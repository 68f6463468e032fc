// Reading one environment value: trimmed, and an empty value counts as unset.
export const envValue = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

/** "on"/"off" settings; anything else is reported. */
export function onOff(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: boolean,
  problems: string[],
): boolean {
  const raw = envValue(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw !== 'on' && raw !== 'off')
    problems.push(`${name} must be on or off (got "${env[name]}")`);
  return raw === 'on';
}

/** Comma- or space-separated list. */
export const listValue = (env: NodeJS.ProcessEnv, name: string): string[] =>
  (envValue(env, name) ?? '').split(/[\s,]+/).filter(Boolean);

/** A whole number within [min, max]; anything else is reported (and the raw number returned). */
export function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  [min, max]: readonly [number, number],
  problems: string[],
): number {
  const raw = envValue(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return value;
}
