// Imported by the server routes as '~/server/utils/secret'.
export const SESSION_PASSWORD = 'a-session-password-of-at-least-32-chars!!'; // want hardcodedsecret
