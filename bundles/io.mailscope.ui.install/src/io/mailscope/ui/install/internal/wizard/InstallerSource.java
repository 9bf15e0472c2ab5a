package io.mailscope.ui.install.internal.wizard;

import io.mailscope.ui.install.provisioning.InstallProblem;
import io.mailscope.ui.install.provisioning.RulePluginInstaller;

/**
 * Where the wizard gets its installer: the running product's profile in the workbench
 * ({@link RulePluginInstaller#forRunningProduct()}), a scratch profile in the tests.
 */
@FunctionalInterface
public interface InstallerSource {

    RulePluginInstaller installer() throws InstallProblem;
}
