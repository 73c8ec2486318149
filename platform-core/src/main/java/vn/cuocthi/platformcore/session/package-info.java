/**
 * Collective exam sessions (thi tập trung): a unit registers when and where its people sit the exam together,
 * sends photos afterwards, and staff confirm it. Part of platform-core's published API (named interface
 * {@code session}): quiz-runtime registers sessions and takes photos, tenant-admin reads and confirms them.
 */
@NamedInterface("session")
package vn.cuocthi.platformcore.session;

import org.springframework.modulith.NamedInterface;
