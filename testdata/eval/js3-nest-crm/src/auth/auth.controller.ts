import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  Req,
  Res,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { LocalAuthGuard, AuthenticatedGuard } from './local-auth.guard';
import { UsersService } from '../users/users.service';
import { OtpService } from './otp.service';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly otp: OtpService,
  ) {}

  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  login(@Req() req: Request) {
    return { user: req.user };
  }

  // Passwordless sign-in with an e-mailed one-time code.
  @Post('login/otp')
  @HttpCode(200)
  async loginWithOtp(@Req() req: Request, @Body() body: { email: string; code: string }) {
    const user = await this.users.findByEmail(body.email);
    if (!user || !user.otpSecret || !this.otp.verify(user.otpSecret, body.code)) {
      throw new UnauthorizedException();
    }
    req.session.otpUserId = user.id; // KNOWN-MISS: fixation
    req.session.loginAt = Date.now();
    return { id: user.id };
  }

  @UseGuards(AuthenticatedGuard)
  @Get('me')
  me(@Req() req: Request) {
    return req.user ?? { id: req.session.otpUserId };
  }

  @UseGuards(AuthenticatedGuard)
  @Post('password')
  async changePassword(@Req() req: Request, @Body() body: { current: string; next: string }) {
    const user = await this.users.findById((req.user as any)?.id ?? req.session.otpUserId);
    if (!user || !(await this.users.validatePassword(user, body.current))) {
      throw new UnauthorizedException();
    }
    await this.users.changePassword(user.id, body.next);
    return { ok: true };
  }

  @Post('logout')
  @HttpCode(204)
  logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return new Promise<void>((resolve, reject) => {
      req.logout((err) => {
        if (err) return reject(err);
        req.session.destroy((destroyErr) => {
          if (destroyErr) return reject(destroyErr);
          res.clearCookie('crm.sid');
          resolve();
        });
      });
    });
  }
}
