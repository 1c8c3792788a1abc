package org.odmaturity.campaign;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/campaigns} and {@code PUT /api/campaigns/{id}} (a full replacement). {@code status}
 * defaults to {@code draft}. The questionnaire is pinned at creation: a PUT must send the same one.
 */
@CampaignRequest.ValidPeriod
public record CampaignRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Valid QuestionnaireRef questionnaire,
        LocalDate opensOn,
        LocalDate closesOn,
        CampaignStatus status) {

    /** A questionnaire version: {@code {"id": "od-maturity", "version": 1}}. */
    public record QuestionnaireRef(@NotBlank @Size(max = 100) String id, @NotNull @Positive Integer version) {
    }

    /** {@code opensOn} is not after {@code closesOn}; reported on {@code closesOn}. */
    @Documented
    @Constraint(validatedBy = PeriodValidator.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface ValidPeriod {

        String message() default "must not be before opensOn";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class PeriodValidator implements ConstraintValidator<ValidPeriod, CampaignRequest> {

        @Override
        public boolean isValid(CampaignRequest request, ConstraintValidatorContext context) {
            if (request == null || request.opensOn() == null || request.closesOn() == null
                    || !request.closesOn().isBefore(request.opensOn())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must not be before opensOn (" + request.opensOn() + ")")
                    .addPropertyNode("closesOn").addConstraintViolation();
            return false;
        }
    }
}
