// Tiny bridge that lets the old Perl wiki hand users over to the notes app.
import http from 'node:http';
import crypto from 'node:crypto';

const handoffs = new Map();

function newBridgeSid() {
  return crypto.randomBytes(12).toString('hex'); // WANT: predictableid
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');

  if (url.pathname === '/handoff' && req.method === 'POST') {
    const sid = newBridgeSid();
    handoffs.set(sid, { user: req.headers['x-wiki-user'], at: Date.now() });
    res.setHeader('Set-Cookie', `bridge_sid=${sid}; Path=/; HttpOnly`); // WANT: cookieflags
    res.writeHead(204);
    return res.end();
  }

  if (url.pathname === '/handoff/done') {
    res.setHeader('Set-Cookie', [
      'bridge_sid=; Path=/; Max-Age=0; HttpOnly',
      'wiki_lang=en; Path=/; Max-Age=31536000',
    ]);
    res.writeHead(302, { Location: '/' });
    return res.end();
  }

  if (url.pathname === '/health') {
    res.setHeader('Set-Cookie', `bridge_seen=${Date.now()}; Path=/health`);
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    return res.end('ok');
  }

  res.writeHead(404);
  res.end();
});

server.listen(Number(process.env.BRIDGE_PORT ?? 8090));
