export function setItem(key: string, data: any, session?: boolean) {
  if (typeof window !== 'undefined' && data) {
    return (session ? sessionStorage : localStorage).setItem(key, JSON.stringify(data));
  }
}

export function remember(key: string) {
  localStorage.setItem(key, '1');
}

const memory = new Map<string, string>();

export function cacheItem(key: string, value: string) {
  memory.set(key, value);
}

export function saveItem(key: string, value: string) {
  window.localStorage.setItem(key, value);
}

export function setHeader(value: string) {
  memory.set('authorization', value);
}
