import { Injectable } from '@nestjs/common';

@Injectable()
export class DeviceService {
  list() {
    return [];
  }
}
