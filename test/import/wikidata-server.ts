import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Entity = { id: string };

/**
 * A loopback server that answers like Wikidata: `Special:EntityData/Q.json`
 * (404 for an unknown item) and `w/api.php?action=wbgetentities` (unknown
 * ids marked `missing`). Items listed in `failing` answer 500; every request
 * is recorded so tests can check what was asked.
 */
export async function wikidataServer(entities: Entity[], failing: string[] = []) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}${url.search} ${req.headers['user-agent'] ?? ''}`);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const entityData = /^\/wiki\/Special:EntityData\/(Q\d+)\.json$/.exec(url.pathname);
    if (entityData) {
      const id = entityData[1];
      if (failing.includes(id)) return send(500, { error: 'internal' });
      const entity = byId.get(id);
      return entity ? send(200, { entities: { [id]: entity } }) : send(404, { error: `No entity with ID ${id}` });
    }
    if (url.pathname === '/w/api.php' && url.searchParams.get('action') === 'wbgetentities') {
      const ids = (url.searchParams.get('ids') ?? '').split('|');
      return send(200, { entities: Object.fromEntries(ids.map((id) => [id, byId.get(id) ?? { id, missing: '' }])) });
    }
    send(400, { error: 'unknown request' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise<void>((done) => server.close(() => done())) };
}
