package tests

//msdklint:platform qq.platform
type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}
