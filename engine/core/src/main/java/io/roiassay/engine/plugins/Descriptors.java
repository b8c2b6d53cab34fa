package io.roiassay.engine.plugins;

import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.support.Contract;



/** The checks a descriptor must pass at load time, beyond what the API's records check themselves. */
final class Descriptors {

    private Descriptors() {
    }

    /** What is wrong with the descriptor, or null when nothing is. */
    static String problem(PluginDescriptor d) {
        return Contract.descriptorProblem(d);
    }
}
