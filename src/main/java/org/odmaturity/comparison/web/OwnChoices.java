package org.odmaturity.comparison.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.odmaturity.web.Views;

/**
 * The errors of a dashboard query's parameters (the frame's filters, and the selects of a view's own such as
 * {@link NeedsParams} and {@link EvolutionParams}), named with the field's label and linked to its field.
 */
final class OwnChoices {

    private OwnChoices() {
    }

    /** The errors of a view's own parameters (Bean Validation), each linked to its select {@code #f-<name>}. */
    static List<Views.ErrorLink> check(Validator validator, Object params, Function<String, String> label,
            ResultsMsg m) {
        List<Views.ErrorLink> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(params)) {
            String field = null;
            for (Path.Node node : v.getPropertyPath()) {
                field = node.getName();
            }
            errors.add(error(field, m.err_invalid(label.apply(field))));
        }
        errors.sort(Comparator.comparing(Views.ErrorLink::href));
        return errors;
    }

    static Views.ErrorLink error(String field, String text) {
        return new Views.ErrorLink("#f-" + field, text);
    }
}
