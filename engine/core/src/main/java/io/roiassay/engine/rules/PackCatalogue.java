package io.roiassay.engine.rules;

import io.roiassay.engine.catalogue.Catalogue;
import io.roiassay.engine.catalogue.CatalogueReader;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of a rule pack, read from its {@code catalogue/*.yaml} files: built-in files first, then the
 * overlay's, so an overlay entry replaces the built-in entry of the same code.
 */
public final class PackCatalogue {

    private PackCatalogue() {
    }

    /** Reads the catalogue files among the pack's files; {@link Catalogue#problems()} says what is wrong. */
    public static Catalogue of(List<RuleFile> files) {
        List<CatalogueReader.SourceFile> ordered = new ArrayList<>();
        for (boolean builtIn : new boolean[] {true, false}) {
            for (RuleFile f : files) {
                if (f.isCatalogue() && f.origin().equals(RuleSources.BUILT_IN) == builtIn) {
                    ordered.add(new CatalogueReader.SourceFile(f.displayPath(), f.text()));
                }
            }
        }
        return CatalogueReader.read(ordered);
    }

    /** The catalogue's problems as rule-pack errors with file and line. */
    public static List<RuleProblem> problems(Catalogue catalogue) {
        return catalogue.problems().stream()
                .map(p -> new RuleProblem(p.source().file(), p.source().line(), 0, p.message(), true)).toList();
    }
}
