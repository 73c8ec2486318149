package vn.cuocthi.platformcore.identity;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the JVM's one {@link TestKeycloak} as a parameter: started for the first test that asks, kept in the root
 * store so that JUnit stops it when the whole run ends (before the fork exits, which matters on the run that records
 * the AOT cache).
 *
 * <p>When Keycloak cannot start, every test that needs it fails with the reason (never skipped): the first with the
 * full error and log tail, the others with a pointer to it, without trying again for minutes each. Tests that do not
 * ask for it run either way.
 */
final class KeycloakExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestKeycloak.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private static TestKeycloak server(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(KeycloakExtension.class))
                .computeIfAbsent(Holder.class, key -> new Holder(), Holder.class)
                .get();
    }

    private static final class Holder implements AutoCloseable {

        private TestKeycloak server;
        private RuntimeException failure;

        synchronized TestKeycloak get() {
            if (server == null && failure == null) {
                try {
                    server = TestKeycloak.start();
                } catch (RuntimeException e) {
                    failure = e;
                    throw new IllegalStateException("The test Keycloak could not start: " + e.getMessage(), e);
                }
            }
            if (failure != null) {
                throw new IllegalStateException("The test Keycloak could not start (see the first failing test for"
                        + " the log): " + failure.getMessage().lines().findFirst().orElse(""), failure);
            }
            return server;
        }

        @Override
        public synchronized void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
