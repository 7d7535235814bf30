// Read through the #config/* import alias.
export const sessionSecret = process.env.SESSION_SECRET || 'imports-alias-secret'; // want hardcodedsecret
