import jwt from 'jsonwebtoken';

export function signToken(payload: object, options: jwt.SignOptions): Promise<string> {
  return new Promise((resolve, reject) =>
    jwt.sign(payload, process.env.JWT_SECRET as string, options, (err, token) => (err ? reject(err) : resolve(token as string))),
  );
}
