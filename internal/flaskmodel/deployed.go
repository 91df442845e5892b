package flaskmodel

// DeployedEnvironment returns the environment whose configuration an app
// runs with when it is deployed, for rules that judge production strictly
// and development and testing not at all:
//
//   - Production when some entries are for production (a ProductionConfig
//     among the objects config[name] chooses from);
//   - else UnknownEnv when some entries are for an environment that is
//     neither development nor testing (a StagingConfig, a Config chosen at
//     run time): nothing says it is not what gets deployed;
//   - else AnyEnv: the entries that apply everywhere. This is the whole
//     configuration of an app that distinguishes no environments, and the
//     part that production shares when only development and testing
//     configurations are written out (production then comes from the
//     environment or an instance file the scan does not see).
//
// Pass the result to Model.EffectiveConfig; entries of AnyEnv apply to
// every environment, so they are judged in all three cases.
func (a *App) DeployedEnvironment() Environment {
	unknown := false
	for _, e := range a.Config {
		switch e.Env {
		case Production:
			return Production
		case UnknownEnv:
			unknown = true
		}
	}
	if unknown {
		return UnknownEnv
	}
	return AnyEnv
}
