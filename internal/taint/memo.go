package taint

import (
	"hash/maphash"

	"github.com/flaskguard/flaskguard/internal/python"
)

// memoKey identifies a call context: the function, its receiver and
// arguments (taint with trace identity, constants, shapes), its closure
// and whether findings are reported.
func (f *frame) memoKey(def *python.FunctionDef, ref *funcRef, vars map[string]Value, env *frame) uint64 {
	var h maphash.Hash
	h.SetSeed(f.e.seed)
	e := f.e
	writeInt(&h, e.idOf(def))
	writeInt(&h, e.idOf(env))
	if f.quiet {
		h.WriteByte(1)
	}
	for _, p := range def.Params {
		h.WriteString(p.Name)
		if v, ok := vars[p.Name]; ok {
			e.hashValue(&h, v, 0)
		}
	}
	return h.Sum64()
}

// idOf numbers a pointer for memo keys.
func (e *engine) idOf(p any) uint64 {
	if p == nil {
		return 0
	}
	if id, ok := e.ids[p]; ok {
		return id
	}
	id := uint64(len(e.ids) + 1)
	e.ids[p] = id
	return id
}

func writeInt(h *maphash.Hash, x uint64) {
	var b [8]byte
	for i := range b {
		b[i] = byte(x >> (8 * i))
	}
	h.Write(b[:])
}

// hashValue feeds everything the analysis of a callee can depend on.
func (e *engine) hashValue(h *maphash.Hash, v Value, depth int) {
	writeInt(h, uint64(v.t.classes))
	if v.t.tr != nil {
		writeInt(h, v.t.tr.id)
	}
	writeInt(h, uint64(v.k.kind)|uint64(b2i(v.str))<<8|uint64(b2i(v.unsafe))<<9|uint64(b2i(v.t.norm))<<10|
		uint64(b2i(v.bytes))<<11|uint64(v.t.parts)<<16|uint64(v.t.quoted)<<24)
	writeInt(h, e.idOf(v.cat))
	writeInt(h, uint64(v.k.i))
	h.WriteString(v.k.s)
	h.WriteString(v.sym)
	h.WriteString(v.obj)
	h.WriteString(v.aux)
	if v.fn != nil {
		writeInt(h, e.idOf(v.fn.def))
		writeInt(h, e.idOf(v.fn.lam))
		writeInt(h, e.idOf(v.fn.class))
		writeInt(h, e.idOf(v.fn.env))
	}
	if v.via != nil {
		h.WriteString(v.via.name)
		writeInt(h, uint64(v.via.kind)|uint64(v.via.clears)<<8|uint64(v.via.falseClears)<<40)
	}
	if v.sh == nil || depth > maxShapeDepth {
		return
	}
	sh := v.sh
	writeInt(h, uint64(sh.kind)|uint64(b2i(sh.exact))<<8|uint64(len(sh.elems))<<16|uint64(len(sh.keys))<<32)
	if sh.class != nil {
		writeInt(h, e.idOf(sh.class.Def))
	}
	for _, x := range sh.elems {
		e.hashValue(h, x, depth+1)
	}
	for _, x := range sh.keys {
		h.WriteString(x.key)
		e.hashValue(h, x.v, depth+1)
	}
	if sh.rest != nil {
		h.WriteByte('r')
		e.hashValue(h, *sh.rest, depth+1)
	}
	if sh.restKey != nil {
		h.WriteByte('k')
		e.hashValue(h, *sh.restKey, depth+1)
	}
}
