package catalog

import "strconv"

// An Action is the handling a code calls for. The zero Action is not an
// action: an entry always has one, so a forgotten Action is caught.
type Action uint8

const (
	ActionSuccess        Action = iota + 1 // success: the call worked
	ActionRetry                            // retry: transient; retry, then contact support
	ActionReauthorize                      // reauthorize: the player must log in or authorize again
	ActionRefreshToken                     // refresh-token: refresh the access token with the refresh token first
	ActionFixRequest                       // fix-request: parameters, signature or format; fix the calling code
	ActionFixConfig                        // fix-config: appid, permission, whitelist or platform configuration
	ActionRateLimit                        // rate-limit: slow down
	ActionContactSupport                   // contact-support: only the platform can help
	ActionNotifyUser                       // notify-user: a normal business outcome to show the player
	ActionSeeMsg                           // see-msg: a pass-through; the platform's own code is in msg
	ActionIgnore                           // ignore: nothing to do
)

// actionNames holds the data-file spelling of each Action, indexed by it.
var actionNames = [...]string{
	ActionSuccess:        "success",
	ActionRetry:          "retry",
	ActionReauthorize:    "reauthorize",
	ActionRefreshToken:   "refresh-token",
	ActionFixRequest:     "fix-request",
	ActionFixConfig:      "fix-config",
	ActionRateLimit:      "rate-limit",
	ActionContactSupport: "contact-support",
	ActionNotifyUser:     "notify-user",
	ActionSeeMsg:         "see-msg",
	ActionIgnore:         "ignore",
}

// String returns the data-file spelling of a, e.g. "refresh-token".
func (a Action) String() string {
	if a.Valid() {
		return actionNames[a]
	}
	return "Action(" + strconv.Itoa(int(a)) + ")"
}

// Valid reports whether a is one of the defined actions.
func (a Action) Valid() bool {
	return a >= ActionSuccess && int(a) < len(actionNames)
}

// Actions returns every action in order.
func Actions() []Action {
	as := make([]Action, 0, len(actionNames)-1)
	for a := ActionSuccess; int(a) < len(actionNames); a++ {
		as = append(as, a)
	}
	return as
}

// ParseAction returns the Action spelled s in the data file.
func ParseAction(s string) (Action, bool) {
	for a := ActionSuccess; int(a) < len(actionNames); a++ {
		if actionNames[a] == s {
			return a, true
		}
	}
	return 0, false
}

// Reauth says whether and why the handling of a code includes
// reauthorization.
type Reauth uint8

const (
	ReauthNone     Reauth = iota // no reauthorization
	ReauthStated                 // the source says to reauthorize
	ReauthInferred               // the meaning is an expired, revoked or invalid login or token
)

// String returns the data-file spelling of r ("stated", "inferred"), or
// "none".
func (r Reauth) String() string {
	switch r {
	case ReauthNone:
		return "none"
	case ReauthStated:
		return "stated"
	case ReauthInferred:
		return "inferred"
	}
	return "Reauth(" + strconv.Itoa(int(r)) + ")"
}

// ParseReauth returns the Reauth spelled s in the data file: "stated" or
// "inferred".
func ParseReauth(s string) (Reauth, bool) {
	switch s {
	case "stated":
		return ReauthStated, true
	case "inferred":
		return ReauthInferred, true
	}
	return ReauthNone, false
}
