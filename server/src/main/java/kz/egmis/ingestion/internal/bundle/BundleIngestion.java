package kz.egmis.ingestion.internal.bundle;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.springframework.stereotype.Component;

import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.ingestion.internal.StoredOutcome;
import kz.egmis.ingestion.internal.Submission;
import kz.egmis.ingestion.internal.fhir.FhirResourceConverter;
import kz.egmis.ingestion.internal.fhir.ParsedBundle;
import kz.egmis.ingestion.internal.store.RecordStore;
import kz.egmis.platform.SourceSystem;

/**
 * Batch and transaction Bundles (standard, section 3). In a batch every entry stands alone: the valid ones are
 * stored, the others rejected with their issues. A transaction is all or nothing: one invalid entry rejects it
 * whole, and a valid one is stored in one database transaction.
 */
@Component
public class BundleIngestion {

    private final FhirResourceConverter converter;
    private final RecordStore store;

    BundleIngestion(FhirResourceConverter converter, RecordStore store) {
        this.converter = converter;
        this.store = store;
    }

    /** The entries' results in entry order; for a refused transaction, only the rejected entries. */
    public List<EntryResult> ingest(SourceSystem source, ParsedBundle bundle, String origin) {
        boolean transaction = bundle.bundle().getType() == BundleType.TRANSACTION;
        List<EntryPlan> plans = BundleEntries.plan(bundle);
        List<EntryResult> results = new ArrayList<>(plans.size());
        List<Submission> submissions = new ArrayList<>();
        List<Integer> submitted = new ArrayList<>();
        for (EntryPlan plan : plans) {
            String prefix = "Bundle.entry[" + plan.index() + "].resource";
            List<ValidationIssue> issues = plan.issues();
            Conversion conversion = null;
            if (!plan.isRejected()) {
                conversion = converter.convert(source, plan.resource());
                issues = conversion.issues().stream().map(issue -> relocated(prefix, issue)).toList();
            }
            if (!issues.isEmpty()) {
                results.add(new EntryResult(plan.index(), null, null, issues));
                continue;
            }
            submissions.add(Submission.of(conversion, "fhir", origin, (long) plan.index() + 1));
            submitted.add(plan.index());
            results.add(null);
        }
        if (transaction && results.stream().anyMatch(result -> result != null && result.isRejected())) {
            return results.stream().filter(result -> result != null && result.isRejected()).toList();
        }
        List<StoredOutcome> outcomes = store.store(submissions);
        for (int i = 0; i < outcomes.size(); i++) {
            results.set(submitted.get(i), new EntryResult(submitted.get(i), outcomes.get(i),
                    submissions.get(i).rawContent(), List.of()));
        }
        return results;
    }

    /** {@code Patient.birthDate} of entry 2 is {@code Bundle.entry[2].resource.birthDate}. */
    private static ValidationIssue relocated(String prefix, ValidationIssue issue) {
        int dot = issue.location().indexOf('.');
        return new ValidationIssue(prefix + (dot < 0 ? "" : issue.location().substring(dot)), issue.code(),
                issue.message());
    }

    /** Only batch and transaction Bundles are accepted on {@code POST /fhir}. */
    public static boolean isAccepted(Bundle bundle) {
        return bundle.getType() == BundleType.BATCH || bundle.getType() == BundleType.TRANSACTION;
    }
}
