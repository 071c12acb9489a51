package whosaid.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar was built as (from its manifest), so --version never lies. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"whosaid " + (version == null ? "(development build)" : version)};
    }
}
