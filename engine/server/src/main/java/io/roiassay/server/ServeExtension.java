package io.roiassay.server;

import io.roiassay.engine.cli.CommandExtension;

/** Adds {@code serve} to the {@code assay} command line (found as a service). */
public final class ServeExtension implements CommandExtension {
    @Override
    public Object command() {
        return new ServeCommand();
    }
}
