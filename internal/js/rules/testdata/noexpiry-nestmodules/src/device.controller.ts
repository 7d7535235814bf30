import { Controller, Get } from '@nestjs/common';
import { DeviceService } from './device.service';

@Controller('devices')
export class DeviceController {
  constructor(private readonly devices: DeviceService) {}

  @Get()
  list() {
    return this.devices.list();
  }
}
