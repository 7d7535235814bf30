// Read through the @/* path alias; secure only on HTTPS hosts.
export function cookieOptions(host: string) {
  return {
    httpOnly: true,
    ...(host.startsWith('https://') ? { secure: true } : {}),
  };
}
