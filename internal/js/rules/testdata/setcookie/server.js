const http = require('http');

http.createServer((req, res) => {
  const sid = newSid();
  if (req.url === '/handoff') {
    res.setHeader('Set-Cookie', `bridge_sid=${sid}; Path=/; HttpOnly`); // want cookieflags
  } else if (req.url === '/login') {
    res.writeHead(302, { Location: '/', 'Set-Cookie': 'auth_token=' + sid + '; Path=/' }); // want cookieflags
  } else if (req.url === '/ok') {
    res.setHeader('Set-Cookie', [`session_id=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax`, 'theme=dark; Path=/']);
  } else if (req.url === '/logout') {
    res.setHeader('Set-Cookie', 'session_id=; Path=/; Max-Age=0');
  } else if (req.url === '/custom') {
    res.setHeader('Set-Cookie', `session_id=${sid}; ${cookieAttributes()}`);
  }
  res.setHeader('Content-Type', 'text/plain');
  res.end('ok');
}).listen(8080);

function newSid() { return require('crypto').randomBytes(32).toString('hex'); }
function cookieAttributes() { return 'Path=/; Secure; HttpOnly; SameSite=Strict'; }
