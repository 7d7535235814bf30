import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  async canActivate(context: ExecutionContext) {
    const result = (await super.canActivate(context)) as boolean;
    const request = context.switchToHttp().getRequest();
    // passport 0.7: logIn regenerates the session before storing the user
    await super.logIn(request);
    return result;
  }
}

@Injectable()
export class AuthenticatedGuard {
  canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    return request.isAuthenticated() || Boolean(request.session?.otpUserId);
  }
}
