// Package shapes reaches code fields through pointers, embedding,
// getters, locals and generic types.
package shapes

import "github.com/msdklint/msdklint/catalog/wechat"

//msdklint:platform wechat
type Base struct {
	Errcode *int   `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

type Wrapped struct {
	*Base
	Data string `json:"data"`
}

func embedded(w *Wrapped) bool {
	return *w.Errcode == 4201 // want `unknown-code: errcode 4201 .*did you mean 42001`
}

// Proto is a protobuf-style message with getters.
//
//msdklint:platform qq.platform
type Proto struct {
	Ret int32  `protobuf:"varint,1,opt,name=ret,proto3" json:"ret,omitempty"`
	Msg string `protobuf:"bytes,2,opt,name=msg,proto3" json:"msg,omitempty"`
}

func (p *Proto) GetRet() int32 {
	if p == nil {
		return 0
	}
	return p.Ret
}

func getter(p *Proto) bool {
	return p.GetRet() == wechat.AccessTokenExpired // want `wrong-platform: ret 42001 is not a code of qq.platform`
}

func locals(p *Proto, n int) bool {
	ret := p.Ret
	if ret == 4201 { // want `unknown-code: ret 4201 is in no namespace \(searched qq.platform\)`
		return true
	}
	// Assigned twice: no longer the field.
	code := p.Ret
	if n > 0 {
		code = int32(n)
	}
	return code == 4201
}

// Reply is a generic reply wrapper.
//
//msdklint:platform wechat
type Reply[T any] struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
	Data    T      `json:"data"`
}

func generic[T any](r Reply[T]) bool {
	return r.Errcode == 4201 // want `unknown-code: errcode 4201`
}

func instance(r *Reply[string]) bool {
	return r.Errcode == 4201 // want `unknown-code: errcode 4201`
}

// A type parameter constrained by a struct type: not analyzed, no panic.
func param[R interface{ ~struct{ Errcode int } }](r R) bool {
	return r == R{}
}

func switchCase(r *Reply[int]) {
	switch r.Errcode {
	case 4201: // want `unknown-code: errcode 4201`
	case wechat.AccessTokenExpired:
	}
}
