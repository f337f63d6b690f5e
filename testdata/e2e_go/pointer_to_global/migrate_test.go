package xform

import "testing"

// Pointers to a global, to a member of it, and from a heap object back
// to it: they point at the new global.
func TestMigrate(t *testing.T) {
	var old OldGlobals
	old.Conf = OldConf{Port: 8080, Lim: OldLimits{Soft: 10, Hard: 20}}
	old.ActiveConf = &old.Conf
	old.ActiveLim = &old.Conf.Lim
	old.Client = &OldClient{Id: 7, Conf: &old.Conf, Lim: &old.Conf.Lim}

	var new NewGlobals
	if err := Migrate(&old, &new); err != nil {
		t.Fatal(err)
	}
	if new.Conf != (NewConf{Port: 8080, Lim: NewLimits{Soft: 10, Hard: 20}}) {
		t.Errorf("conf = %+v", new.Conf)
	}
	if new.ActiveConf != &new.Conf {
		t.Errorf("active_conf is not &conf")
	}
	if new.ActiveLim != &new.Conf.Lim {
		t.Errorf("active_lim is not &conf.lim")
	}
	if c := new.Client; c == nil || c.Id != 7 || c.Conf != &new.Conf || c.Lim != &new.Conf.Lim {
		t.Errorf("client = %+v", c)
	}
}
