package typeerrors

//msdklint:platform qq.platform
type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
	X   Undefined
}

func f(r Reply, u undefinedType) bool {
	if r.Ret == 4201 { // want `unknown-code: ret 4201`
		return true
	}
	if u.Ret == 4201 || missing.Ret == 4201 || r.Nope == 4201 {
		return true
	}
	switch u.Code {
	case 1, 2:
	}
	return r.Ret == undefinedConst
}
