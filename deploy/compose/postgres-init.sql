-- Keycloak keeps its realms in a database of its own on the same PostgreSQL (first start only).
CREATE DATABASE keycloak OWNER cuocthi;
