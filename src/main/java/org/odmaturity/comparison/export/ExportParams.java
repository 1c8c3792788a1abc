package org.odmaturity.comparison.export;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The CSV dialect as a query parameter ({@code excel}), a bean so that a bad value's problem names the parameter.
 * Used with {@link org.odmaturity.comparison.ResultsParams} (filters and {@code lang}).
 */
public class ExportParams {

    @QueryParam("excel")
    @Pattern(regexp = "|true|false", message = "must be true or false")
    @Parameter(description = "true: the French spreadsheet dialect (UTF-8 byte-order mark, ';' separators, decimal "
            + "commas); false or absent: standard CSV (',' and '.', no byte-order mark)")
    public String excel;

    public Csv.Dialect dialect() {
        return Csv.Dialect.of("true".equals(excel));
    }
}
