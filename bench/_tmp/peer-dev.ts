import { createServer } from 'node:http';
import { corpusGraph } from '../api-corpus.js';
import { startPeer } from '../peer-api.js';
const corpus = await corpusGraph({ documents: 2000, seed: 11 }, console.error);
const like = createServer();
const peer = await startPeer(corpus.connection, like);
const q = process.argv[2]!;
try {
  const res = await fetch(`${peer.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
  console.log(res.status, (await res.text()).slice(0, 3000));
} catch (e) { console.error('ERR', e); }
await peer.close(); await corpus.close();
