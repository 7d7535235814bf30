import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { EnvironmentService } from './environment.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      useFactory: async (env: EnvironmentService) => ({
        secret: env.getAppSecret(),
        signOptions: { expiresIn: env.getJwtExpiresIn() },
      }),
      inject: [EnvironmentService],
    }),
  ],
})
export class TokenModule {}
