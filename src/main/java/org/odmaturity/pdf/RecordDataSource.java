package org.odmaturity.pdf;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A JasperReports data source over Java records.
 *
 * <p>
 * JasperReports' bean data sources read properties through JavaBeans getters ({@code getTitle()}), which records do not
 * have ({@code title()}); this one reads a field through the record component of the same name, or of the name in the
 * field's description when it has one (so that one component can back several report fields). A component that is a
 * collection is returned as is to a field of a collection type, and as a new {@code RecordDataSource} over its elements to a
 * field declared as a {@link JRDataSource}: a nested list becomes a subreport's or a chart's data without the templates
 * naming any class of this application (they are compiled at build time, before the application's classes exist).
 * </p>
 *
 * <p>
 * Not thread-safe, like every data source: one per fill. The record accessors are looked up once per record class.
 * Shared by the improvement-plan PDF and the regional synthesis PDF ({@code comparison.pdf}).
 * </p>
 */
public final class RecordDataSource implements JRRewindableDataSource {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    Method accessor = component.getAccessor();
                    accessor.trySetAccessible();
                    accessors.put(component.getName(), accessor);
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private final List<?> rows;
    private int index = -1;

    public RecordDataSource(Collection<?> rows) {
        this.rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public static RecordDataSource of(Object... rows) {
        return new RecordDataSource(List.of(rows));
    }

    @Override
    public boolean next() {
        if (index < rows.size()) {
            index++;
        }
        return index < rows.size();
    }

    @Override
    public void moveFirst() {
        index = -1;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        if (index < 0 || index >= rows.size()) {
            throw new JRException("No current row for field " + field.getName());
        }
        Object row = rows.get(index);
        String name = field.getDescription() == null || field.getDescription().isBlank() ? field.getName()
                : field.getDescription().strip();
        Object value = read(row, name);
        Class<?> wanted = field.getValueClass();
        if (JRDataSource.class.isAssignableFrom(wanted)) {
            if (value == null) {
                return new RecordDataSource(List.of());
            }
            if (value instanceof Collection<?> collection) {
                return new RecordDataSource(collection);
            }
        }
        if (value != null && !wanted.isInstance(value)) {
            throw new JRException("Field " + field.getName() + " is declared " + wanted.getName() + " but "
                    + row.getClass().getSimpleName() + "." + name + " is a " + value.getClass().getName());
        }
        return value;
    }

    private static Object read(Object row, String name) throws JRException {
        Method accessor = ACCESSORS.get(row.getClass()).get(name);
        if (accessor == null) {
            throw new JRException("No component '" + name + "' in " + row.getClass().getName());
        }
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException e) {
            throw new JRException("Cannot read " + row.getClass().getName() + "." + name, e);
        } catch (InvocationTargetException e) {
            throw new JRException("Reading " + row.getClass().getName() + "." + name + " failed", e.getCause());
        }
    }
}
