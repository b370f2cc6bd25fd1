package org.vtprotect.quality;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.vtprotect.support.EndpointAccess;

/**
 * Every {@link EndpointAccess} that the modules' test catalogues declare: each {@link
 * EndpointAccess.Catalogue} class under {@code org.vtprotect}, found by scanning the test class path
 * and made with its no-arg constructor.
 */
final class DeclaredAccess {

    /** One declaration and the catalogue that made it, for messages that say where to fix it. */
    record Declaration(EndpointAccess access, Class<?> catalogue) {

        String key() {
            return MappedEndpoint.key(access.method(), access.path());
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private DeclaredAccess() {}

    static List<Class<?>> catalogues() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(EndpointAccess.Catalogue.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.vtprotect")) {
            found.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), DeclaredAccess.class.getClassLoader()));
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    static List<Declaration> all() {
        List<Declaration> all = new ArrayList<>();
        for (Class<?> type : catalogues()) {
            for (EndpointAccess access : instantiate(type).endpoints()) {
                all.add(new Declaration(access, type));
            }
        }
        all.sort(Comparator.comparing(Declaration::key));
        return all;
    }

    private static EndpointAccess.Catalogue instantiate(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (EndpointAccess.Catalogue) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a no-arg constructor", e);
        }
    }
}
