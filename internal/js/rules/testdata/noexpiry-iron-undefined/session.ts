import { getIronSession, SessionOptions } from "iron-session";
import { cookies } from "next/headers";

// maxAge given as undefined: iron-session 8 sets ttl to 0, never expiring.
export const options: SessionOptions = {
  password: process.env.IRON_SESSION_PASSWORD ?? "",
  cookieName: "app_session",
  cookieOptions: {
    maxAge: undefined, // want noexpiry
    secure: process.env.NODE_ENV === "production",
  },
};

// A numeric maxAge is replaced by one computed from ttl (14 days here).
export const adminOptions: SessionOptions = {
  password: process.env.IRON_SESSION_PASSWORD ?? "",
  cookieName: "admin_session",
  cookieOptions: { maxAge: 60 },
};

export async function getSession() {
  return getIronSession(cookies(), options);
}

export async function getAdminSession() {
  return getIronSession(cookies(), adminOptions);
}
