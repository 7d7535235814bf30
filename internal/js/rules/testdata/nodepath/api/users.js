export async function findUser(email, password) {
  return { email, ok: password.length > 0 };
}
