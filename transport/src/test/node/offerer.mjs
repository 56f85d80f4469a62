// Test peer: libdatachannel (node-datachannel) as the offerer. Commands arrive as JSON lines on stdin,
// events leave as JSON lines on stdout. Driven by NodeDataChannelInteropTest; never shipped.
import { createHash, randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import nodeDataChannel from 'node-datachannel';

const out = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const pc = new nodeDataChannel.PeerConnection('offerer', { iceServers: [] });
const channels = {};
let sink = null;

pc.onLocalDescription((sdp, type) => out({ ev: 'description', type, sdp }));
pc.onLocalCandidate((candidate, mid) => out({ ev: 'candidate', candidate, mid }));
pc.onStateChange((state) => out({ ev: 'state', state }));
pc.onGatheringStateChange((state) => out({ ev: 'gathering', state }));

function watch(label, dc) {
  channels[label] = dc;
  dc.onOpen(() => out({ ev: 'open', label }));
  dc.onClosed(() => out({ ev: 'close', label }));
  dc.onMessage((msg) => {
    const buf = typeof msg === 'string' ? Buffer.from(msg) : msg;
    if (sink && sink.label === label) { sink.take(buf); return; }
    out({ ev: 'message', label, text: typeof msg === 'string', hex: buf.toString('hex') });
  });
}

watch('reliable', pc.createDataChannel('reliable'));
watch('unreliable', pc.createDataChannel('unreliable', { unordered: true, maxRetransmits: 0 }));
pc.onDataChannel((dc) => watch(dc.getLabel(), dc));

function blast(label, total, chunk) {
  const dc = channels[label];
  const hash = createHash('sha256');
  let sent = 0;
  const t0 = Date.now();
  dc.setBufferedAmountLowThreshold(1 << 20);
  const pump = () => {
    while (sent < total && dc.bufferedAmount() <= 4 << 20) {
      const b = randomBytes(Math.min(chunk, total - sent));
      hash.update(b);
      dc.sendMessageBinary(b);
      sent += b.length;
    }
    if (sent >= total) {
      dc.onBufferedAmountLow(() => {});
      out({ ev: 'blasted', label, bytes: sent, sha: hash.digest('hex'), ms: Date.now() - t0 });
    }
  };
  dc.onBufferedAmountLow(pump);
  pump();
}

function expect(label, total) {
  const hash = createHash('sha256');
  let got = 0;
  sink = { label, take(b) {
    hash.update(b); got += b.length;
    if (got >= total) { sink = null; out({ ev: 'expected', label, bytes: got, sha: hash.digest('hex') }); }
  } };
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const c = JSON.parse(line);
  switch (c.cmd) {
    case 'answer': pc.setRemoteDescription(c.sdp, 'answer'); break;
    case 'candidate': pc.addRemoteCandidate(c.candidate, c.mid || '0'); break;
    case 'send': channels[c.label].sendMessageBinary(Buffer.from(c.hex, 'hex')); break;
    case 'text': channels[c.label].sendMessage(c.text); break;
    case 'blast': blast(c.label, c.total, c.chunk); break;
    case 'expect': expect(c.label, c.total); break;
    case 'close': channels[c.label].close(); break;
    case 'closepc': pc.close(); out({ ev: 'pcclosed' }); break;
    case 'exit': nodeDataChannel.cleanup(); process.exit(0);
  }
});
