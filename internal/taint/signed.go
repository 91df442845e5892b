package taint

import "github.com/flaskguard/flaskguard/internal/taint/spec"

// Values signed by the server: an image proxy hands out URLs with an HMAC
// of each computed under its secret key, and serves a URL only when the
// HMAC the client sends back matches the one it computes again
// (if not hmac.compare_digest(sig, new_hmac(SECRET, url)): abort(403)).
// Past that check the URL is one the server signed, not one the client
// made up. The key must be one the client cannot know: neither request
// data nor a constant of the source, which anyone with the code can
// read. Hashes of a secret and a message (sha256(secret + url)) are not
// MACs (length extension forges them) and prove nothing.

// macVia is the link from a keyed hash of a variable to that variable:
// the result of a MAC call (hmac.new(key, url, ...)), or its digest
// (.hexdigest()). It is nil for anything else.
func (f *frame) macVia(path string, recv *Value, args []arg) *via {
	ix := f.e.ix
	if recv != nil && recv.via != nil && recv.via.kind == viaMAC && ix.IsMACDigest(path) {
		return recv.via
	}
	mac := ix.MAC(path)
	if mac == nil {
		return nil
	}
	key, ok := positional(args, mac.Key)
	if !ok {
		key, ok = keyword(args, mac.KeyKw)
	}
	if !ok || key.v.tainted() || key.v.k.known() {
		return nil
	}
	msg, ok := positional(args, mac.Msg)
	if !ok {
		msg, ok = keyword(args, mac.MsgKw)
	}
	if !ok {
		return nil
	}
	name, ok := losslessRef(msg.expr)
	if !ok {
		return nil
	}
	return &via{name: name, kind: viaMAC}
}

// refineSigned applies an equality of two values known to hold: when one
// is the server's MAC of a variable, the variable is one the server
// signed and carries nothing the client chose.
func (f *frame) refineSigned(a, b Value) {
	for _, v := range []Value{a, b} {
		if v.via != nil && v.via.kind == viaMAC {
			f.clearVar(v.via.name, spec.All)
		}
	}
}
