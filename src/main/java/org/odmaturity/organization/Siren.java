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

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A SIREN, the French business register number: exactly 9 digits whose last one is a Luhn check digit. Null is valid
 * (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = Siren.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Siren {

    String message() default "must be a SIREN: exactly 9 digits with a valid check digit (Luhn), e.g. 213100548";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Siren, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String message;
            if (value.length() != 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                message = "must be a SIREN: exactly 9 digits, without spaces (e.g. 213100548)";
            } else if (!luhnValid(value)) {
                message = "is not a valid SIREN: its check digit (Luhn) does not match; check for a typing mistake";
            } else {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }

        /** Luhn over digits: from the right, every second digit doubled (minus 9 above 9), the sum a multiple of 10. */
        public static boolean luhnValid(CharSequence digits) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int digit = digits.charAt(digits.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            return sum % 10 == 0;
        }
    }
}
