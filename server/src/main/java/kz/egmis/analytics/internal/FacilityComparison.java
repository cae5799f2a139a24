package kz.egmis.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import kz.egmis.analytics.internal.PeerComparison.Compared;
import kz.egmis.analytics.internal.PeerComparison.Subject;

/**
 * Facilities compared with their peers, month by month: peers are facilities of the same type in the same region
 * (a BIN without an Organization record is of type "unknown"), else of the same type nationally.
 */
final class FacilityComparison {

    /** A facility's value of one metric in one month against its peers. */
    record MetricFigure(FacilityMonth facilityMonth, Metric metric, Compared compared) {
    }

    private FacilityComparison() {
    }

    /** Every facility month of {@code months} (all facilities, any months) with a value of {@code metric}. */
    static List<MetricFigure> compare(List<FacilityMonth> months, Metric metric) {
        Map<Integer, List<FacilityMonth>> byMonth = new TreeMap<>();
        months.forEach(month -> byMonth.computeIfAbsent(month.month(), key -> new ArrayList<>()).add(month));
        List<MetricFigure> figures = new ArrayList<>();
        byMonth.values().forEach(monthRows -> figures.addAll(compareMonth(monthRows, metric)));
        return figures;
    }

    private static List<MetricFigure> compareMonth(List<FacilityMonth> monthRows, Metric metric) {
        List<Subject> subjects = new ArrayList<>();
        List<FacilityMonth> measured = new ArrayList<>();
        for (FacilityMonth row : monthRows) {
            OptionalDouble value = metric.of(row);
            if (value.isPresent()) {
                String type = row.facility().type() == null ? "unknown" : row.facility().type();
                subjects.add(new Subject(row.facility().bin(), type + "|" + row.facility().region(), type,
                        value.getAsDouble()));
                measured.add(row);
            }
        }
        List<Compared> compared = PeerComparison.compare(subjects);
        List<MetricFigure> figures = new ArrayList<>(compared.size());
        for (int i = 0; i < compared.size(); i++) {
            figures.add(new MetricFigure(measured.get(i), metric, compared.get(i)));
        }
        return figures;
    }
}
