import session from 'express-session';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AuthConfig } from '../config/auth.config';

@Injectable()
export class SessionMiddleware {
  constructor(private readonly configService: ConfigService, private readonly auth: AuthConfig) {}

  make(store: session.Store) {
    return session({
      secret: this.configService.get('SESSION_SECRET', 'config-service-default'), // want hardcodedsecret
      store,
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, sameSite: 'strict', maxAge: 3600000 },
    });
  }

  other(store: session.Store) {
    return session({ secret: this.auth.session.secret, store, resave: false, saveUninitialized: false, cookie: { secure: true, sameSite: 'strict', maxAge: 1000 } });
  }
}
