// Package msdkclient is named with a compound of msdk: MSDK's.
package msdkclient

type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func check(r Reply) bool {
	return r.Ret == -503 // want `magic-code: ret -503 is msdk.AccessRateLimited`
}
