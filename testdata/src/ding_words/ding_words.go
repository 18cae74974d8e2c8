// Package dingwords names WeChat's host, but its DingRobotResp is
// DingTalk's robot reply: nothing is reported.
package dingwords

const token = "https://api.weixin.qq.com/cgi-bin/token"

type DingRobotResp struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

// 310000: the message matched no keyword of the robot's; 40014: an
// invalid access_token, in DingTalk's numbering as in WeChat's.
func keyword(r DingRobotResp) bool {
	return r.ErrCode == 310000 || r.ErrCode == 40014
}
