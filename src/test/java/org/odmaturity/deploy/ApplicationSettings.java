package org.odmaturity.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.odmaturity.questionnaire.registry.QuestionnairesConfig;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * The settings the application reads, found in its compiled classes: every property of its {@code @ConfigMapping}
 * interfaces (prefix, then each method's name in kebab case, nested groups included) and every
 * {@code @ConfigProperty(name = …)} it injects; plus the Quarkus settings the deployment files set, listed by hand
 * with the extension that reads them. Each is keyed by its environment variable, named the way SmallRye Config maps
 * one: the property name upper-cased, every character other than a letter or a digit replaced by {@code _}.
 */
final class ApplicationSettings {

    /**
     * The Quarkus settings the deployment files may set (docs/operations.md, "Configuration"). Quarkus reads them; the
     * application's classes do not name them, so they cannot be found by scanning.
     */
    static final Map<String, String> QUARKUS = Map.ofEntries(
            // quarkus-agroal / quarkus-jdbc-postgresql: the database
            Map.entry("quarkus.datasource.jdbc.url", "the PostgreSQL JDBC URL"),
            Map.entry("quarkus.datasource.username", "the database user"),
            Map.entry("quarkus.datasource.password", "the database password"),
            // quarkus-vertx-http: the port and the forwarded client address behind a proxy
            Map.entry("quarkus.http.port", "the HTTP port"),
            Map.entry("quarkus.http.proxy.proxy-address-forwarding", "take the client address from forwarding headers"),
            Map.entry("quarkus.http.proxy.allow-x-forwarded", "believe X-Forwarded-For"),
            Map.entry("quarkus.http.proxy.trusted-proxies", "only from these proxies"),
            // quarkus-mailer: the SMTP server of campaign emails
            Map.entry("quarkus.mailer.host", "SMTP host"),
            Map.entry("quarkus.mailer.port", "SMTP port"),
            Map.entry("quarkus.mailer.username", "SMTP user"),
            Map.entry("quarkus.mailer.password", "SMTP password"),
            Map.entry("quarkus.mailer.start-tls", "STARTTLS: DISABLED, OPTIONAL or REQUIRED"),
            Map.entry("quarkus.mailer.tls", "TLS from the first byte (port 465)"),
            Map.entry("quarkus.mailer.mock", "log emails instead of sending them"));

    private ApplicationSettings() {
    }

    /** Every known setting, by environment variable name, to its property name. */
    static Map<String, String> byEnvironmentName() {
        Map<String, String> byEnv = new TreeMap<>();
        for (String property : applicationProperties()) {
            byEnv.put(environmentName(property), property);
        }
        QUARKUS.keySet().forEach(property -> byEnv.put(environmentName(property), property));
        return byEnv;
    }

    /** SmallRye Config's environment variable for a property: upper case, non-alphanumerics as underscores. */
    static String environmentName(String property) {
        StringBuilder name = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    /** The properties named by the application's own classes (mappings and injected properties). */
    static Set<String> applicationProperties() {
        Set<String> properties = new TreeSet<>();
        for (Class<?> type : applicationClasses()) {
            ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
            if (mapping != null) {
                collectMapping(mapping.prefix(), type, properties);
            }
            try {
                for (var constructor : type.getDeclaredConstructors()) {
                    for (var parameter : constructor.getParameters()) {
                        addInjected(parameter, properties);
                    }
                }
                for (var field : type.getDeclaredFields()) {
                    addInjected(field, properties);
                }
                for (var method : type.getDeclaredMethods()) {
                    for (var parameter : method.getParameters()) {
                        addInjected(parameter, properties);
                    }
                }
            } catch (LinkageError e) {
                // a class whose members reference a type missing from the test class path names no setting we use
            }
        }
        return properties;
    }

    private static void addInjected(AnnotatedElement element, Set<String> properties) {
        ConfigProperty property = element.getAnnotation(ConfigProperty.class);
        if (property != null && !property.name().isEmpty()) {
            properties.add(property.name());
        }
    }

    private static void collectMapping(String prefix, Class<?> group, Set<String> properties) {
        for (Method method : group.getMethods()) {
            if (method.getParameterCount() > 0 || method.isDefault() || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.isAnnotationPresent(WithName.class) ? method.getAnnotation(WithName.class).value()
                    : method.isAnnotationPresent(WithParentName.class) ? "" : kebab(method.getName());
            String property = name.isEmpty() ? prefix : prefix + "." + name;
            Class<?> returned = method.getReturnType();
            if (returned.isInterface() && returned.getName().startsWith("org.odmaturity.")) {
                collectMapping(property, returned, properties);
            } else {
                properties.add(property);
            }
        }
    }

    /** SmallRye Config's default naming of a mapping method: {@code ratePerMinute} is {@code rate-per-minute}. */
    static String kebab(String camel) {
        StringBuilder kebab = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                kebab.append('-').append(Character.toLowerCase(c));
            } else {
                kebab.append(c);
            }
        }
        return kebab.toString().toLowerCase(Locale.ROOT);
    }

    /** The application's classes: every class file of the output folder that holds the main code. */
    private static List<Class<?>> applicationClasses() {
        Path root;
        try {
            root = Path.of(QuestionnairesConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        ClassLoader loader = ApplicationSettings.class.getClassLoader();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString())
                    .map(relative -> relative.substring(0, relative.length() - ".class".length())
                            .replace(root.getFileSystem().getSeparator(), "."))
                    .<Class<?>>map(name -> {
                        try {
                            return Class.forName(name, false, loader);
                        } catch (ClassNotFoundException | LinkageError e) {
                            return null;
                        }
                    })
                    .filter(Objects::nonNull)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
