package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A case document as parsed: the tree (numbers as exact decimals) and where each value sits in the file. */
record ParsedDocument(ObjectNode root, LocationIndex locations) {
}
