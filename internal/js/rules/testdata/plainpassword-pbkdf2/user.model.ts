import { model, Schema } from 'mongoose';

export const User = model('User', new Schema({ username: String, salt: String, hashedPassword: String, passwordHash: String, hash: String }));
