import config from 'config';

// Returns the setting, or the fallback when no config file has the key.
export function getConfig<T>(path: string, defaultValue?: T): T {
  return config.has(path) ? config.get<T>(path) : (defaultValue as T);
}

export function envOr(name: string, fallback: string): string {
  return process.env[name] || fallback;
}

// Not a getter: returns its second argument whatever the first is.
export function pick(a: string, b: string): string {
  return a.length > 3 ? a.trim() : b;
}
