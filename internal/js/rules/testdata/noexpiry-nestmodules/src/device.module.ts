import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { DeviceController } from './device.controller';
import { DeviceService } from './device.service';

// No provider or controller here takes the JwtService, nor is JwtModule
// exported: this registration signs nothing.
@Module({
  controllers: [DeviceController],
  imports: [
    JwtModule.register({
      secret: process.env.JWT_SECRET_KEY,
      signOptions: { expiresIn: '180 days' }
    })
  ],
  providers: [DeviceService]
})
export class DeviceModule {}

// Exported: importers sign with it.
@Module({
  imports: [
    JwtModule.register({
      secret: process.env.JWT_SECRET_KEY,
      signOptions: { expiresIn: '365d' } // want noexpiry
    })
  ],
  providers: [DeviceService],
  exports: [JwtModule]
})
export class SharedJwtModule {}
