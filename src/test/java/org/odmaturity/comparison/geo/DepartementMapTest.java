package org.odmaturity.comparison.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.geo.DepartementMap.Drawing;
import org.odmaturity.comparison.geo.DepartementMap.Outline;

/** The map of départements: Lambert-93 as IGN defines it, and drawings where the places really are. */
class DepartementMapTest {

    private static final List<String> GRAND_EST = List.of("08", "10", "51", "52", "54", "55", "57", "67", "68", "88");

    @Test
    void theProjectionsOriginIsWhereLambert93PutsIt() {
        double[] origin = DepartementMap.Lambert93.project(3, 46.5);
        assertEquals(700_000, origin[0], 1e-6);
        assertEquals(6_600_000, origin[1], 1e-6);
    }

    @Test
    void distancesAlongAStandardParallelAreTrue() {
        // on 44° N the scale is exactly 1: a degree of longitude measures N(φ)·cos φ·π/180 on GRS 80
        double phi = Math.toRadians(44);
        double e2 = 0.0818191910428158 * 0.0818191910428158;
        double expected = 6_378_137.0 / Math.sqrt(1 - e2 * Math.sin(phi) * Math.sin(phi)) * Math.cos(phi) * Math.PI
                / 180 / 1000; // 1/1000 of a degree, so that the chord equals the arc
        double[] a = DepartementMap.Lambert93.project(3, 44);
        double[] b = DepartementMap.Lambert93.project(3.001, 44);
        assertEquals(expected, Math.hypot(b[0] - a[0], b[1] - a[1]), 1e-3);
    }

    @Test
    void theGrandEstIsDrawnWithItsDepartementsInPlace() {
        Drawing drawing = DepartementMap.get().draw(GRAND_EST, 600, 10);
        assertEquals(10, drawing.outlines().size());
        assertEquals(List.of(), drawing.missing());
        assertTrue(drawing.height() > 400 && drawing.height() < 900, "the region is about as high as wide");
        Map<String, Outline> byCode = drawing.outlines().stream()
                .collect(Collectors.toMap(Outline::code, Function.identity()));
        assertEquals("Bas-Rhin", byCode.get("67").name());
        assertTrue(byCode.get("67").labelX() > byCode.get("57").labelX() - 50, "Bas-Rhin lies east of Moselle");
        assertTrue(byCode.get("08").labelY() < byCode.get("10").labelY(), "Ardennes lie north of Aube");
        assertTrue(byCode.get("68").labelY() > byCode.get("67").labelY(), "Haut-Rhin lies south of Bas-Rhin");
        for (Outline outline : drawing.outlines()) {
            assertTrue(outline.path().startsWith("M") && outline.path().endsWith("Z"), outline.path());
            assertTrue(outline.labelX() > 10 && outline.labelX() < 590, outline.code() + " label inside");
            for (double[] ring : outline.rings()) {
                for (double v : ring) {
                    assertTrue(v >= 9.9 && v <= Math.max(600, drawing.height()) - 9.9, outline.code() + ": " + v);
                }
            }
        }
    }

    @Test
    void departementsWithoutOutlineAreReportedNotDrawn() {
        Drawing drawing = DepartementMap.get().draw(List.of("67", "971", "2A"), 300, 5);
        assertEquals(List.of("67", "2A"), drawing.outlines().stream().map(Outline::code).toList());
        assertEquals(List.of("971"), drawing.missing());
        assertTrue(DepartementMap.get().shape("2B").isPresent());
        assertTrue(DepartementMap.get().draw(List.of("975"), 300, 5).outlines().isEmpty());
    }
}
