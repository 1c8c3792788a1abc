package org.odmaturity.diagnostic.web;

import org.odmaturity.web.Views;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The respondent pages' templates (src/main/resources/templates/*.html), checked at build time. */
@CheckedTemplate
final class Templates {

    private Templates() {
    }

    static native TemplateInstance landing(Views.Page page, RespondentViews.Landing view);

    static native TemplateInstance axis(Views.Page page, RespondentViews.AxisPage view);

    static native TemplateInstance review(Views.Page page, RespondentViews.Review view);

    static native TemplateInstance results(Views.Page page, RespondentViews.Results view);

    /** A short page: {@code kind} = invalid (link) or forbidden (CSRF). */
    static native TemplateInstance message(Views.Page page, String kind);
}
