package langflag

//msdklint:platform qq.gamecenter
type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func f(r Reply) bool {
	return r.Ret == 4013 // want `unknown-code: ret 4013 不在任何命名空间中.*qq.gamecenter.*-4013.*qq.GameCenterSkeyVerifyFailed`
}
