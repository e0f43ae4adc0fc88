package io.cliqmigrate.rules.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spring XML bean a value configures: {@code <property name="onCallUrl" value="…"/>} directly inside
 * {@code <bean class="com.acme.CliqClient">} sets {@code onCallUrl} of that class through its setter. Read from the
 * tags before the value, as the configuration adapter keeps settings, not elements.
 */
public final class SpringBeans {
    /** A bean's start (with its class), its end, a self-closed bean, or a property tag. */
    private static final Pattern TAG = Pattern.compile(
            "<(/?)(bean|property|constructor-arg)\\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>");
    private static final Pattern CLASS = Pattern.compile("\\bclass\\s*=\\s*[\"']([\\w.$]+)[\"']");
    private static final Pattern NAME = Pattern.compile("\\bname\\s*=\\s*[\"']([\\w.$]+)[\"']");

    /** The class of a bean and the name of one of its properties. */
    public record Property(String className, String name) {}

    private SpringBeans() {}

    /**
     * Whether {@code offset} lies in a {@code <property …>} or {@code <constructor-arg …>} tag of a bean: a value
     * handed to the bean's class, whose code decides what it means.
     */
    public static boolean injectsAt(String xml, int offset) {
        Matcher m = TAG.matcher(xml);
        while (m.find() && m.start() <= offset) {
            if (offset < m.end()) {
                return m.group(1).isEmpty() && !m.group(2).equals("bean");
            }
        }
        return false;
    }

    /** The bean property whose {@code <property …>} tag holds {@code offset}, if it stands directly in a bean. */
    public static Optional<Property> propertyAt(String xml, int offset) {
        Deque<String> beans = new ArrayDeque<>();
        Matcher m = TAG.matcher(xml);
        while (m.find() && m.start() <= offset) {
            boolean closing = !m.group(1).isEmpty();
            boolean selfClosed = !m.group(4).isEmpty();
            if (m.group(2).equals("bean")) {
                if (closing) {
                    beans.poll();
                } else if (!selfClosed) {
                    Matcher type = CLASS.matcher(m.group(3));
                    beans.push(type.find() ? type.group(1) : "");
                }
                continue;
            }
            if (!closing && offset < m.end()) {
                Matcher name = NAME.matcher(m.group(3));
                if (m.group(2).equals("constructor-arg")) {
                    return Optional.empty();
                }
                String owner = beans.peek();
                return owner == null || owner.isEmpty() || !name.find() ? Optional.empty()
                        : Optional.of(new Property(owner, name.group(1)));
            }
        }
        return Optional.empty();
    }
}
