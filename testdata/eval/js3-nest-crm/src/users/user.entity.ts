import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ unique: true })
  email!: string;

  @Column({ name: 'password_hash' })
  passwordHash!: string;

  @Column({ nullable: true })
  password?: string; // legacy column, kept for the migration

  @Column({ nullable: true })
  apiKey?: string;

  @Column({ default: false })
  mfaEnabled!: boolean;

  @Column({ nullable: true })
  otpSecret?: string;
}
