package org.rectransfer.ui;

import java.util.List;

/**
 * The summary line under the domains table.
 *
 * @param domains              rows shown, failed ones included
 * @param failed               rows whose file did not load
 * @param interactions         interactions after the filter, over loaded domains
 * @param rawInteractions      interactions as read, over loaded domains
 */
public record DomainTotals(int domains, int failed, long interactions, long rawInteractions) {

    /** @return the totals of {@code rows} */
    public static DomainTotals of(List<DomainRow> rows) {
        int failed = 0;
        long kept = 0;
        long raw = 0;
        for (DomainRow row : rows) {
            if (row.isFailed()) {
                failed++;
            } else {
                kept += row.filtered().interactions();
                raw += row.raw().interactions();
            }
        }
        return new DomainTotals(rows.size(), failed, kept, raw);
    }

    /** @return e.g. {@code 18 domains · 1,234 interactions after filter (5,678 raw) · 1 failed} */
    public String describe() {
        String text = String.format("%d %s · %,d interactions after filter (%,d raw)",
                domains, domains == 1 ? "domain" : "domains", interactions, rawInteractions);
        return failed == 0 ? text : text + String.format(" · %d failed", failed);
    }
}
