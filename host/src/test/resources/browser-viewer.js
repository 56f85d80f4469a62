// A minimal viewer: signaling over WSS (envelopes read, not verified: the host side is under test),
// an offer with the three channels, trickle both ways, a malformed hello on "control".
// Arguments: ws URL, host ID, callback. Calls back with the hex of the host's first control message.
const [url, hostId, done] = arguments;
const session = Array.from(crypto.getRandomValues(new Uint8Array(18)), b => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[b & 63]).join('');
const timer = setTimeout(() => done('error: timeout'), 50000);
const finish = v => { clearTimeout(timer); done(v); };
const ws = new WebSocket(url);
let pc;
ws.onerror = () => finish('error: websocket');
ws.onopen = () => ws.send(JSON.stringify({type: 'connect', id: hostId, session}));
ws.onmessage = async ev => {
  const env = JSON.parse(ev.data);
  const body = JSON.parse(env.body);
  if (env.kind === 'error') { finish('error: server ' + body.code); return; }
  if (env.kind === 'session') {
    pc = new RTCPeerConnection({iceServers: []});
    const control = pc.createDataChannel('control');
    pc.createDataChannel('video');
    pc.createDataChannel('files');
    control.binaryType = 'arraybuffer';
    control.onopen = () => control.send(new Uint8Array([1, 2, 3]));
    control.onmessage = m => finish(Array.from(new Uint8Array(m.data), b => b.toString(16).padStart(2, '0')).join(''));
    pc.onicecandidate = e => {
      if (e.candidate && e.candidate.candidate) {
        ws.send(JSON.stringify({type: 'candidate', session, candidate: e.candidate.candidate,
          sdpMid: e.candidate.sdpMid, sdpMLineIndex: e.candidate.sdpMLineIndex}));
      }
    };
    await pc.setLocalDescription(await pc.createOffer());
    ws.send(JSON.stringify({type: 'offer', session, sdp: pc.localDescription.sdp}));
  } else if (env.kind === 'relay') {
    const m = body.message;
    try {
      if (m.type === 'answer') await pc.setRemoteDescription({type: 'answer', sdp: m.sdp});
      else if (m.type === 'candidate') { if (m.candidate) await pc.addIceCandidate({candidate: m.candidate, sdpMid: m.sdpMid, sdpMLineIndex: m.sdpMLineIndex}); }
      else if (m.type === 'reject' || m.type === 'bye') finish('error: host ' + m.type + ' ' + m.reason);
    } catch (e) { finish('error: ' + e); }
  }
};
