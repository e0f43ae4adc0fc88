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

    /**
     * A {@code <constructor-arg …/>} of a bean: the class, its place among the bean's arguments, how many there are,
     * and the tag.
     */
    public record ConstructorArg(String className, int index, int count, int start, int end) {}

    private SpringBeans() {}

    /**
     * The self-closed {@code <constructor-arg …/>} tag holding {@code offset}, where its bean gives every argument by
     * position (no {@code index}, {@code name} or {@code type}), each in a tag of its own.
     */
    public static Optional<ConstructorArg> constructorArgAt(String xml, int offset) {
        Deque<int[]> beans = new ArrayDeque<>();
        Matcher m = TAG.matcher(xml);
        int beanStart = -1;
        String className = null;
        while (m.find() && m.start() <= offset) {
            if (m.group(2).equals("bean") && m.group(4).isEmpty()) {
                if (m.group(1).isEmpty()) {
                    beans.push(new int[] {m.end()});
                } else {
                    beans.poll();
                }
            }
        }
        if (beans.isEmpty()) {
            return Optional.empty();
        }
        beanStart = beans.peek()[0];
        Matcher open = TAG.matcher(xml);
        // the bean's own start tag: the last <bean …> before its body
        while (open.find() && open.end() <= beanStart) {
            if (open.end() == beanStart) {
                Matcher type = CLASS.matcher(open.group(3));
                className = type.find() ? type.group(1) : null;
            }
        }
        if (className == null) {
            return Optional.empty();
        }
        int end = xml.indexOf("</bean", beanStart);
        String body = xml.substring(beanStart, end < 0 ? xml.length() : end);
        if (body.contains("<bean")) {
            return Optional.empty(); // an inner bean: its arguments are not told apart here
        }
        Matcher arg = TAG.matcher(body);
        int index = -1;
        int count = 0;
        int start = -1;
        int stop = -1;
        while (arg.find()) {
            if (!arg.group(2).equals("constructor-arg")) {
                continue;
            }
            if (!arg.group(1).isEmpty() || arg.group(4).isEmpty() || POSITION.matcher(arg.group(3)).find()) {
                return Optional.empty();
            }
            if (beanStart + arg.start() <= offset && offset < beanStart + arg.end()) {
                index = count;
                start = beanStart + arg.start();
                stop = beanStart + arg.end();
            }
            count++;
        }
        return index < 0 ? Optional.empty() : Optional.of(new ConstructorArg(className, index, count, start, stop));
    }

    private static final Pattern POSITION = Pattern.compile("\\b(?:index|name|type)\\s*=");

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
