package org.odmaturity.comparison.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The outlines of the départements of metropolitan France (resource {@code geo/departements.geojson}, IGN Admin
 * Express COG 2018, Licence Ouverte: see {@link #ATTRIBUTION} and {@code geo/README.md}), projected once in Lambert-93
 * (EPSG:2154, the official projection of metropolitan France) and drawn for a set of départements: the dashboard's
 * SVG map and the synthesis PDF draw the same {@link Drawing}. Pure Java, no network; immutable and thread-safe.
 */
public final class DepartementMap {

    /** What every map drawn from these outlines must credit (Licence Ouverte). */
    public static final String ATTRIBUTION = "IGN – Admin Express COG 2018 ; INSEE – COG 2018 – Licence Ouverte";

    private static final String RESOURCE = "geo/departements.geojson";
    private static volatile DepartementMap instance;

    /** A département's outline in Lambert-93 metres (x east, y north), one or more closed rings. */
    public record Shape(String code, String name, List<double[][]> rings) {
    }

    /**
     * Some départements fitted into a box of the given width (y pointing down, as in SVG and Java 2D).
     *
     * @param width    the drawing's width
     * @param height   its height, from the départements' proportions
     * @param outlines in the order asked for; départements without an outline (overseas, unknown) are left out
     * @param missing  the codes asked for that have no outline
     */
    public record Drawing(double width, double height, List<Outline> outlines, List<String> missing) {

        /** The SVG {@code viewBox} of the drawing. */
        public String viewBox() {
            return "0 0 " + format(width) + " " + format(height);
        }
    }

    /**
     * One département in drawing coordinates.
     *
     * @param rings  the closed rings, each as x0, y0, x1, y1…
     * @param path   the same rings as an SVG path ({@code d} attribute), one decimal
     * @param labelX where its label goes: the centroid of its largest ring
     */
    public record Outline(String code, String name, List<double[]> rings, String path, double labelX, double labelY) {
    }

    private final Map<String, Shape> shapes;

    private DepartementMap(Map<String, Shape> shapes) {
        this.shapes = shapes;
    }

    /** The outlines of the bundled resource, read and projected once. */
    public static DepartementMap get() {
        DepartementMap map = instance;
        if (map == null) {
            synchronized (DepartementMap.class) {
                map = instance;
                if (map == null) {
                    try (InputStream in = DepartementMap.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        map = parse(new ObjectMapper().readTree(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    instance = map;
                }
            }
        }
        return map;
    }

    /** Outlines from a GeoJSON feature collection whose features carry {@code code} and {@code nom}. */
    static DepartementMap parse(JsonNode collection) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (JsonNode feature : collection.path("features")) {
            String code = feature.path("properties").path("code").asText();
            String name = feature.path("properties").path("nom").asText();
            JsonNode geometry = feature.path("geometry");
            List<double[][]> rings = new ArrayList<>();
            switch (geometry.path("type").asText()) {
                case "Polygon" -> polygon(geometry.path("coordinates"), rings);
                case "MultiPolygon" -> geometry.path("coordinates").forEach(p -> polygon(p, rings));
                default -> {
                    continue;
                }
            }
            shapes.put(code, new Shape(code, name, List.copyOf(rings)));
        }
        return new DepartementMap(Map.copyOf(shapes));
    }

    /** The outer ring of a polygon (holes are left out: no département of the file has one worth drawing). */
    private static void polygon(JsonNode polygon, List<double[][]> rings) {
        JsonNode outer = polygon.path(0);
        double[][] ring = new double[outer.size()][];
        for (int i = 0; i < outer.size(); i++) {
            ring[i] = Lambert93.project(outer.path(i).path(0).asDouble(), outer.path(i).path(1).asDouble());
        }
        rings.add(ring);
    }

    public Optional<Shape> shape(String code) {
        return Optional.ofNullable(shapes.get(code));
    }

    /** The name of a département with an outline, else empty. */
    public Optional<String> name(String code) {
        return shape(code).map(Shape::name);
    }

    /**
     * The given départements fitted into a drawing {@code width} wide with a {@code margin} around them, keeping
     * the projection's proportions.
     */
    public Drawing draw(Collection<String> codes, double width, double margin) {
        List<Shape> drawn = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            Shape shape = shapes.get(code);
            if (shape == null) {
                missing.add(code);
            } else if (!drawn.contains(shape)) {
                drawn.add(shape);
            }
        }
        if (drawn.isEmpty()) {
            return new Drawing(width, 0, List.of(), List.copyOf(missing));
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Shape shape : drawn) {
            for (double[][] ring : shape.rings()) {
                for (double[] p : ring) {
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
            }
        }
        double scale = (width - 2 * margin) / Math.max(maxX - minX, 1);
        double height = (maxY - minY) * scale + 2 * margin;
        List<Outline> outlines = new ArrayList<>();
        for (Shape shape : drawn) {
            List<double[]> rings = new ArrayList<>();
            StringBuilder path = new StringBuilder();
            double[] label = null;
            double largest = -1;
            for (double[][] ring : shape.rings()) {
                double[] xy = new double[ring.length * 2];
                for (int i = 0; i < ring.length; i++) {
                    xy[2 * i] = margin + (ring[i][0] - minX) * scale;
                    xy[2 * i + 1] = margin + (maxY - ring[i][1]) * scale;
                    path.append(i == 0 ? 'M' : 'L').append(format(xy[2 * i])).append(' ')
                            .append(format(xy[2 * i + 1]));
                }
                path.append('Z');
                rings.add(xy);
                double[] centroid = centroid(xy);
                if (centroid[2] > largest) {
                    largest = centroid[2];
                    label = centroid;
                }
            }
            outlines.add(new Outline(shape.code(), shape.name(), List.copyOf(rings), path.toString(), label[0],
                    label[1]));
        }
        return new Drawing(width, height, List.copyOf(outlines), List.copyOf(missing));
    }

    /** The centroid of a closed ring (x, y, |area|), its first point for a degenerate one. */
    static double[] centroid(double[] xy) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double cross = xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
            area += cross;
            cx += (xy[2 * i] + xy[2 * j]) * cross;
            cy += (xy[2 * i + 1] + xy[2 * j + 1]) * cross;
        }
        if (Math.abs(area) < 1e-9) {
            return new double[] { xy[0], xy[1], 0 };
        }
        return new double[] { cx / (3 * area), cy / (3 * area), Math.abs(area / 2) };
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * Lambert-93 (EPSG:2154): Lambert conformal conic on GRS 80, standard parallels 44° and 49° N, origin 46.5° N 3° E,
     * false easting 700 000 m, false northing 6 600 000 m.
     */
    static final class Lambert93 {
        private static final double A = 6_378_137.0;
        private static final double E = 0.0818191910428158;
        private static final double LAMBDA0 = Math.toRadians(3);
        private static final double X0 = 700_000;
        private static final double Y0 = 6_600_000;
        private static final double N;
        private static final double AF;
        private static final double RHO0;

        static {
            double phi1 = Math.toRadians(44);
            double phi2 = Math.toRadians(49);
            double m1 = m(phi1);
            double m2 = m(phi2);
            double t1 = t(phi1);
            double t2 = t(phi2);
            N = (Math.log(m1) - Math.log(m2)) / (Math.log(t1) - Math.log(t2));
            AF = A * m1 / (N * Math.pow(t1, N));
            RHO0 = AF * Math.pow(t(Math.toRadians(46.5)), N);
        }

        private Lambert93() {
        }

        private static double m(double phi) {
            double s = Math.sin(phi);
            return Math.cos(phi) / Math.sqrt(1 - E * E * s * s);
        }

        private static double t(double phi) {
            double s = Math.sin(phi);
            return Math.tan(Math.PI / 4 - phi / 2) / Math.pow((1 - E * s) / (1 + E * s), E / 2);
        }

        /** Longitude and latitude in degrees (WGS 84, taken as GRS 80) to x, y in metres. */
        static double[] project(double longitude, double latitude) {
            double rho = AF * Math.pow(t(Math.toRadians(latitude)), N);
            double theta = N * (Math.toRadians(longitude) - LAMBDA0);
            return new double[] { X0 + rho * Math.sin(theta), Y0 + RHO0 - rho * Math.cos(theta) };
        }
    }
}
