// Package vetorder has many bad directives in one package: go vet must
// report them in the same order on every run.
package vetorder

//msdklint:frobnicate
//msdklint:bogus two

// R1 is a reply.
//
//msdklint:platform qq.nosuch1
type R1 struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// R2 is a reply.
//
//msdklint:platform qq.nosuch2,wechat.nosuch5
type R2 struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// R3 has tagged fields.
type R3 struct {
	A   int    `json:"ret" msdk:"wechat.nosuch3"`
	B   int    `json:"errcode" msdk:"wechat.nosuch4"`
	Msg string `json:"msg"`
}
