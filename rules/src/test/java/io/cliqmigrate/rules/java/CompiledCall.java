package io.cliqmigrate.rules.java;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates and calls compiled fixture classes by reflection (they are not on the test's own classpath): the public
 * constructor or method with the given name whose parameters accept the arguments.
 */
public final class CompiledCall {
    private CompiledCall() {
    }

    /** A new instance of {@code className}, loaded by {@code loader}. */
    public static Object construct(ClassLoader loader, String className, Object... arguments) {
        try {
            Class<?> type = loader.loadClass(className);
            Constructor<?> constructor = (Constructor<?>) accepting(Arrays.stream(type.getConstructors()),
                    type.getName() + "(" + describe(arguments) + ")", arguments);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The result of {@code target.methodName(arguments)}; a checked exception it throws is an AssertionError's cause. */
    public static Object call(Object target, String methodName, Object... arguments) {
        Class<?> type = target.getClass();
        Method method = (Method) accepting(Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(methodName)),
                type.getName() + "." + methodName + "(" + describe(arguments) + ")", arguments);
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Executable accepting(Stream<? extends Executable> candidates, String wanted, Object[] arguments) {
        List<? extends Executable> matches = candidates.filter(candidate -> accepts(candidate, arguments)).toList();
        if (matches.size() != 1) {
            throw new AssertionError((matches.isEmpty() ? "no public " : "more than one public ") + wanted);
        }
        return matches.get(0);
    }

    private static boolean accepts(Executable executable, Object[] arguments) {
        Class<?>[] parameters = executable.getParameterTypes();
        if (parameters.length != arguments.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            Class<?> parameter = boxed(parameters[i]);
            if (arguments[i] == null ? parameters[i].isPrimitive() : !parameter.isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            default -> throw new IllegalArgumentException("no fixture takes a " + type);
        };
    }

    private static String describe(Object[] arguments) {
        return String.join(", ", Arrays.stream(arguments)
                .map(argument -> argument == null ? "null" : argument.getClass().getSimpleName()).toList());
    }

    /** Throws what the fixture threw when it is unchecked; a checked exception comes back wrapped, to be thrown. */
    private static AssertionError rethrown(InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new AssertionError("the fixture threw " + e.getCause(), e.getCause());
    }
}
