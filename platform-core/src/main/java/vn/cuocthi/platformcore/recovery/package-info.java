/**
 * Password recovery codes of contestants: one-time, short-lived, tried a few times, kept only as an HMAC. Part of
 * platform-core's published API (named interface {@code recovery}) because both feature modules issue them:
 * quiz-runtime sends one by SMS or e-mail when a contestant asks, tenant-admin hands one out after staff checked a
 * caller's identity; quiz-runtime alone accepts them.
 */
@NamedInterface("recovery")
package vn.cuocthi.platformcore.recovery;

import org.springframework.modulith.NamedInterface;
