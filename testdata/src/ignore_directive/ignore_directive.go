package ignoredirective

//msdklint:platform qq.platform
type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func f(r Reply) bool {
	//msdklint:ignore unknown-code the partner's gateway answers 4201 on purpose
	if r.Ret == 4201 {
		return true
	}
	if r.Ret == 4202 { //msdklint:ignore unknown-code,wrong-platform on the same line
		return true
	}
	//msdklint:ignore unknown-code // want `bad-directive: //msdklint:ignore needs checks and a reason`
	if r.Ret == 4203 { // want `unknown-code: ret 4203`
		return true
	}
	//msdklint:ignore no-such-check because // want `bad-directive: //msdklint:ignore names unknown check "no-such-check"`
	if r.Ret == 4204 { // want `unknown-code: ret 4204`
		return true
	}
	//msdklint:ignore wrong-platform nothing to suppress here // want `bad-directive: //msdklint:ignore wrong-platform suppresses nothing`
	return r.Ret == 4205 // want `unknown-code: ret 4205`
}

//msdklint:frobnicate // want `bad-directive: unknown directive //msdklint:frobnicate`
func g() {}

// A binding's bad-directive can be suppressed; an ignore directive's
// own problems cannot.
//
//msdklint:ignore bad-directive the namespace ships with the next catalog
//msdklint:platform qq.future
type Future struct {
	Ret int `json:"ret"`
}

//msdklint:platform qq // want `bad-directive: //msdklint:platform belongs in the doc comment of a struct type`
func misplaced() {}

//msdklint:reauth // want `bad-directive: //msdklint:reauth belongs in the doc comment of a constant of a //msdklint:codes block`
const notTeam = 1

// Trailing directives on consecutive lines each suppress their own line.
func trailing(r Reply) (bool, bool) {
	a := r.Ret == -73 //msdklint:ignore magic-code the alert greps the logs for -73
	b := r.Ret == -1  //msdklint:ignore magic-code and for -1
	return a, b
}

// Issue 17: a trailing directive covers its own line only; the finding on
// the next line stands.
func trailingOnly(r Reply) (bool, bool) {
	a := r.Ret == 4206 //msdklint:ignore unknown-code the partner's gateway answers 4206
	b := r.Ret == 4207 // want `unknown-code: ret 4207`
	return a, b
}

// A trailing directive after a closing brace and after an opening one.
func trailingBraces(r Reply) int {
	n := 0
	if r.Ret == 4208 { //msdklint:ignore unknown-code legacy gateway
		n++
	} //msdklint:ignore unknown-code nothing on this line // want `bad-directive: //msdklint:ignore unknown-code suppresses nothing`
	if r.Ret == 4209 { // want `unknown-code: ret 4209`
		n++
	}
	return n
}

// A standalone directive covers the next line only: the findings on the
// line above it and on the line after the next stand.
func standaloneOnly(r Reply) (bool, bool, bool) {
	a := r.Ret == 4210 // want `unknown-code: ret 4210`
	//msdklint:ignore unknown-code the partner's gateway answers 4211
	b := r.Ret == 4211
	c := r.Ret == 4212 // want `unknown-code: ret 4212`
	return a, b, c
}

// A standalone directive above another comment covers that comment's
// line: nothing.
func standaloneAboveComment(r Reply) bool {
	//msdklint:ignore unknown-code a comment in between // want `bad-directive: //msdklint:ignore unknown-code suppresses nothing`
	// the reply of the partner's gateway
	return r.Ret == 4213 // want `unknown-code: ret 4213`
}
