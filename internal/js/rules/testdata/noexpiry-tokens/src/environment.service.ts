import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

@Injectable()
export class EnvironmentService {
  constructor(private readonly configService: ConfigService) {}

  getAppSecret(): string {
    return this.configService.getOrThrow<string>('APP_SECRET');
  }

  getJwtExpiresIn(): string {
    return this.configService.get<string>('JWT_EXPIRES_IN', '90d'); // want noexpiry
  }
}
