package org.odmaturity.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;

/** How the templates read records: by component name or description, nested lists as data sources. */
class RecordDataSourceTest {

    record Theme(String title, Double score) {
    }

    record Axis(String title, double score, boolean strong, List<Theme> themes) {
    }

    @Test
    void readsComponentsByNameOrDescription() throws JRException {
        RecordDataSource source = RecordDataSource.of(new Axis("Piloter", 71.3, true, List.of()));
        assertTrue(source.next());
        assertEquals("Piloter", source.getFieldValue(field("title", String.class, null)));
        assertEquals(71.3, source.getFieldValue(field("score", Double.class, null)));
        assertEquals(Boolean.TRUE, source.getFieldValue(field("strong", Boolean.class, null)));
        assertEquals("Piloter", source.getFieldValue(field("heading", String.class, "title")));
        assertFalse(source.next());
        assertFalse(source.next());
    }

    @Test
    void nestedListBecomesADataSourceOrStaysAList() throws JRException {
        List<Theme> themes = List.of(new Theme("Stratégie", 61.8), new Theme("Moyens", null));
        RecordDataSource source = RecordDataSource.of(new Axis("Piloter", 71.3, true, themes));
        assertTrue(source.next());
        assertEquals(themes, source.getFieldValue(field("themes", List.class, null)));
        JRDataSource nested = (JRDataSource) source.getFieldValue(field("themes", JRDataSource.class, null));
        assertTrue(nested.next());
        assertEquals(61.8, nested.getFieldValue(field("score", Double.class, null)));
        assertTrue(nested.next());
        assertNull(nested.getFieldValue(field("score", Double.class, null)));
        assertFalse(nested.next());
        // each read is a fresh data source, so one list can feed a chart and a subreport
        JRDataSource again = (JRDataSource) source.getFieldValue(field("themes", JRDataSource.class, null));
        assertTrue(again.next());
    }

    @Test
    void rewinds() throws JRException {
        RecordDataSource source = RecordDataSource.of(new Theme("a", 1.0), new Theme("b", 2.0));
        assertTrue(source.next());
        assertTrue(source.next());
        assertFalse(source.next());
        source.moveFirst();
        assertTrue(source.next());
        assertEquals("a", source.getFieldValue(field("title", String.class, null)));
    }

    @Test
    void templateMistakesAreReportedClearly() throws JRException {
        RecordDataSource source = RecordDataSource.of(new Theme("a", 1.0));
        assertTrue(source.next());
        JRException unknown = assertThrows(JRException.class, () -> source.getFieldValue(field("titel", String.class, null)));
        assertTrue(unknown.getMessage().contains("titel"), unknown.getMessage());
        JRException wrongType = assertThrows(JRException.class,
                () -> source.getFieldValue(field("score", String.class, null)));
        assertTrue(wrongType.getMessage().contains("java.lang.String"), wrongType.getMessage());
    }

    private static JRDesignField field(String name, Class<?> type, String description) {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        field.setValueClass(type);
        field.setDescription(description);
        return field;
    }
}
