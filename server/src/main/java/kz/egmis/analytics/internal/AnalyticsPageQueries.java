package kz.egmis.analytics.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import kz.egmis.analytics.AnalyticsQueries;
import kz.egmis.security.Caller;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link AnalyticsQueries} answered by the same code as the REST API, so that a page and the API never disagree: the
 * API's answer is read into the typed records.
 */
@Service
class AnalyticsPageQueries implements AnalyticsQueries {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final FacilityAnalyticsController facilities;
    private final RegionAnalyticsController regions;
    private final OutliersController outliers;

    AnalyticsPageQueries(FacilityAnalyticsController facilities, RegionAnalyticsController regions,
                         OutliersController outliers) {
        this.facilities = facilities;
        this.regions = regions;
        this.outliers = outliers;
    }

    @Override
    public FacilityReport facility(Caller caller, String bin) {
        return read(facilities.facility(bin, null, null, caller), FacilityReport.class);
    }

    @Override
    public RegionReport region(Caller caller, String code, int size) {
        return read(regions.region(code, null, null, "0", Integer.toString(size), caller), RegionReport.class);
    }

    @Override
    public OutlierList outliers(Caller caller, String level, String metric, String region, String month, int limit) {
        return read(outliers.outliers(level, metric, region, month, Integer.toString(limit), caller), OutlierList.class);
    }

    private static <T> T read(ResponseEntity<Object> answer, Class<T> type) {
        if (!answer.getStatusCode().is2xxSuccessful()) {
            JsonNode error = JSON.valueToTree(answer.getBody());
            throw new Refused(answer.getStatusCode().value(), error.path("error").asString(),
                    error.path("message").asString());
        }
        return JSON.convertValue(answer.getBody(), type);
    }
}
