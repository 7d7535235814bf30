import bcrypt from 'bcrypt';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class User {
  @PrimaryGeneratedColumn() public id: number;
  @Column() public email: string;
  @Column({ select: false }) public password?: string;

  constructor(init?: Partial<User>) {
    Object.assign(this, init);
  }

  public async setPassword(password: string): Promise<void> {
    this.password = await bcrypt.hash(password, 12);
  }

  public setEmail(email: string): void {
    this.email = email;
  }
}
