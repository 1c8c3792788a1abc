package org.odmaturity.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document describes the JSON API, not the HTML pages. */
@QuarkusTest
class OpenApiScopeTest {

    @Test
    void theApiIsDescribedThePagesAreNot() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/diagnostics/{id}"))
                .body("paths", hasKey("/api/diagnostics/{id}/plan"))
                .body("paths", not(hasKey("/connexion")))
                .body("paths", not(hasKey("/animation/diagnostics/{id}")))
                .body("paths", not(hasKey("/repondre")))
                .body("paths", not(hasKey("/admin/organisations")));
    }
}
