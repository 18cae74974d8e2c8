// Package checkflags is checked with -wrong-platform=false.
package checkflags

//msdklint:platform qq.platform
type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func f(r Reply) bool {
	//msdklint:ignore wrong-platform the check is off: this directive cannot be judged
	return r.Ret == 42001 || r.Ret == 4201 // want `unknown-code: ret 4201`
}
