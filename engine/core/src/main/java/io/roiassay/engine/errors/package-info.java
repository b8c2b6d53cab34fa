/** Reading failures that come from code the engine does not control (rule packs, plugins, libraries). */
package io.roiassay.engine.errors;
