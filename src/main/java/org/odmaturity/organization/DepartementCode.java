package org.odmaturity.organization;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A French département code (INSEE): {@code 01}–{@code 95} except {@code 20}, {@code 2A} and {@code 2B} (Corsica),
 * {@code 971}–{@code 976} (overseas). Null is valid.
 */
@Documented
@Constraint(validatedBy = DepartementCode.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface DepartementCode {

    String message() default "must be a French département code: 01 to 95 (2A or 2B for Corsica, not 20) or 971 to "
            + "976 for overseas";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DepartementCode, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || isValidCode(value.toString());
        }

        /** 01–19, 21–95, 2A, 2B, 971–976. */
        private static final Pattern CODE = Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]");

        public static boolean isValidCode(String code) {
            return CODE.matcher(code).matches();
        }
    }
}
