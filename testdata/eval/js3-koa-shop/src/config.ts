const isProd = process.env.NODE_ENV === 'production';

export const appKeys = (process.env.APP_KEYS ?? 'shop-signing-key-1,shop-signing-key-2').split(','); // WANT: hardcodedsecret

export const sessionDefaults = {
  key: 'shop.sess',
  maxAge: 2 * 60 * 60 * 1000,
  httpOnly: true,
  signed: true,
  rolling: true,
  secure: isProd,
  sameSite: 'lax' as const,
};

export const REMEMBER_ME_DAYS = 30;
