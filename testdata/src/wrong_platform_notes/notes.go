// Package wrongplatformnotes holds the smaller points of issue 16's
// first week: what MSDK sends for a QQ platform code, team constants
// without a comment, and team namespaces that are no platform.
package wrongplatformnotes

// The game's codes; the first has no comment.
//
//msdklint:codes mygame.proto
const (
	CodeServerBusy = 987654
	// The item was not found.
	CodeItemNotFound = 987655
)

// MSDKReply is a reply of MSDK's login service.
//
//msdklint:platform msdk.access,msdk.logic
type MSDKReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// QQReply is a QQ platform reply.
//
//msdklint:platform qq.platform
type QQReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// GameReply is the game's own reply.
//
//msdklint:platform mygame.proto
type GameReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func msdkReply(r MSDKReply) bool {
	return r.Ret == -73 // want `wrong-platform: ret -73 is not a code of msdk.access,msdk.logic; it belongs to qq.platform \(qq.PlatformAccessTokenPasswordChanged: .*\); MSDK sends a QQ platform code as msdk.LogicQQPlatformError \(-10000\) with the code in msg`
}

func msdkWeChat(r MSDKReply) bool {
	return r.Ret == 40001 // want `wrong-platform: ret 40001 is not a code of msdk.access,msdk.logic; .*; MSDK sends a WeChat platform code as msdk.LogicWeChatPlatformError \(-20000\) with the code in msg`
}

func noComment(r GameReply) bool {
	return r.Ret == 987654 || r.Ret == 987655 // want `magic-code: ret 987654 is wrongplatformnotes.CodeServerBusy; tell the player; use the constant` `magic-code: ret 987655 is wrongplatformnotes.CodeItemNotFound: The item was not found.; tell the player; use the constant`
}

func teamIsNoPlatform(r QQReply) bool {
	return r.Ret == 987654 // want `unknown-code: ret 987654 is in no namespace \(searched qq.platform\)`
}
