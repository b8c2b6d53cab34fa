package io.roiassay.engine.rules;

import io.roiassay.engine.facts.Outcome;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;

import java.util.List;

/**
 * The baseline for batch throughput: the same compiled pack run as bare Drools — pooled sessions, the
 * facts inserted, the agenda groups focused and fired — with none of the engine around it (no trace
 * listener, no rule-file index, no report). Lives in the benchmarks module only; it reaches the pack's
 * {@code KieBase} through this package.
 */
public final class BareDrools implements RulePack {

    private final RulePack pack;
    private final KieSessionsPool sessions;
    private final io.roiassay.engine.catalogue.Catalogue catalogue;

    /** Bare Drools over the knowledge base of {@code pack} (a pack from {@link DroolsCompiler}). */
    public BareDrools(RulePack pack) {
        this.pack = pack;
        this.sessions = ((DroolsRulePack) pack).kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.catalogue = ((DroolsRulePack) pack).catalogue();
    }

    @Override
    public RuleRun newRun() {
        KieSession session = sessions.newKieSession();
        Outcome outcome = new Outcome((pkg, rule) -> "?", catalogue);
        session.setGlobal("outcome", outcome);
        return new RuleRun() {
            @Override
            public void insert(Object fact) {
                session.insert(fact);
            }

            @Override
            public void update(Object fact) {
                FactHandle handle = session.getFactHandle(fact);
                session.update(handle, fact);
            }

            @Override
            public void fire(Phase phase) {
                session.getAgenda().getAgendaGroup(phase.agendaGroup()).setFocus();
                session.fireAllRules();
            }

            @Override
            public Outcome outcome() {
                return outcome;
            }

            @Override
            public List<TraceEntry> trace() {
                return List.of();
            }

            @Override
            public void close() {
                session.dispose();
            }
        };
    }

    @Override
    public String contentHash() {
        return pack.contentHash();
    }

    @Override
    public List<RuleFile> files() {
        return pack.files();
    }
}
