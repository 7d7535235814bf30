export class AuthController {
  logout(req: any, res: any) {
    req.session['user'] = null; // want logout
    res.end();
  }
}
