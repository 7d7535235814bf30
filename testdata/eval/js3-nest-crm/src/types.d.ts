import 'express-session';

declare module 'express-session' {
  interface SessionData {
    otpUserId?: string;
    loginAt?: number;
  }
}
