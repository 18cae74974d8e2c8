package cgo

// int twice(int x) { return 2 * x; }
import "C"

//msdklint:platform qq.platform
type Reply struct {
	Ret C.int  `json:"ret"`
	Msg string `json:"msg"`
}

func f(r Reply) bool {
	return r.Ret == 4201 || C.twice(1) == 2 // want `unknown-code: ret 4201`
}
